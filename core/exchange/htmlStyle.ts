/**
 * The exported page's only styling: logical properties (so it reads right in either direction), the bundled
 * font names (used when installed, the reader's own fonts otherwise), nothing fetched.
 */
export const HTML_STYLE = `
:root { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; line-height: 1.7; color: #1b1b1b; background: #fff; }
body { margin-block: 0; margin-inline: auto; max-inline-size: 44rem; padding-block: 2rem; padding-inline: 1rem; }
h1, h2, h3, .section { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; line-height: 1.35; }
h1 { font-size: 2rem; margin-block: 0 0.5rem; }
.section { font-size: 0.9rem; color: #8a1c1c; margin-block: 0 0.25rem; }
.standfirst { font-size: 1.2rem; color: #333; }
.byline, .meta { font-size: 0.9rem; color: #555; margin-block: 0.25rem; }
.dateline { font-weight: bold; }
p, li { text-align: start; }
figure { margin-block: 1.5rem; margin-inline: 0; }
img { max-inline-size: 100%; block-size: auto; }
figcaption { font-size: 0.9rem; color: #555; }
.credit { color: #777; margin-inline-start: 0.5em; }
blockquote { border-inline-start: 4px solid #ccc; margin-inline: 0; padding-inline-start: 1rem; }
`.trim();
