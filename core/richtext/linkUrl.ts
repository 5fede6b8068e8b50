/**
 * The one link check: web addresses and e-mail only, for the link form, paste, every importer and the HTML
 * export alike. Anything a browser would run or load inline (javascript:, data:, vbscript:, file:) is refused,
 * whatever its spelling or hidden spaces.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** The WHATWG URL parser, global in every process Midad runs in (core's tsconfig has neither DOM nor Node types). */
declare const URL: new (input: string) => { protocol: string; hostname: string; href: string };

/** The normalised URL, or null when it is not a link we accept. A bare `example.com` becomes https. */
export function validLinkUrl(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`): so must we.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const squashed = input.replace(/[\u0000-\u0020\u007F-\u009F\u200B-\u200F\u2028\u2029\uFEFF]/g, '');
  if (squashed.length === 0 || squashed.length > 2048) return null;
  const hasScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(squashed);
  let url: { protocol: string; hostname: string; href: string };
  try {
    url = new URL(hasScheme ? squashed : `https://${squashed}`);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.href;
}
