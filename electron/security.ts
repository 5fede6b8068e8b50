/** Security settings shared by the Electron window and the loopback bridge, so both serve the same policy. */
import { HTML_STYLE_CSP_SOURCE } from '../core/exchange/htmlStyle';

/**
 * No inline script, no remote origin: the page may load only what the app itself ships. The one inline
 * style allowed is the HTML export's own stylesheet, by its hash, so its preview (a sandboxed srcdoc frame,
 * which inherits this policy) looks exactly like the file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // proofing: Hunspell runs as WebAssembly in a worker the app ships. 'wasm-unsafe-eval' lets the
  // page compile WebAssembly and nothing else (no eval, no new Function); worker-src names the worker's origin.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  `style-src 'self' ${HTML_STYLE_CSP_SOURCE}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const APP_ORIGIN = 'app://midad';
