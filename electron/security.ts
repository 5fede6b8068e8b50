/** Security settings shared by the Electron window and the loopback bridge, so both serve the same policy. */

/** No inline script, no remote origin: the page may load only what the app itself ships. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const APP_ORIGIN = 'app://midad';
