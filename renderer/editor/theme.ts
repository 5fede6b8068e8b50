import type { EditorThemeClasses } from 'lexical';

/** Lexical's class names for our stylesheet (styles/editor.css). */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-paragraph',
  heading: { h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  list: { ol: 'ed-ol', ul: 'ed-ul', listitem: 'ed-li' },
  link: 'ed-link',
  text: { bold: 'ed-bold', italic: 'ed-italic', underline: 'ed-underline' },
};
