/** Escaping for HTML text and attribute values: every text an export writes goes through one of these. */
import { validLinkUrl } from '../richtext/linkUrl';

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;' };

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT[c] as string);
}

export function escapeAttr(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ATTR[c] as string);
}

/** Only links a reader can safely follow, by the one link check (http(s) and mailto, never javascript: or data:). */
export function safeUrl(url: unknown): string | null {
  // Relative addresses mean nothing outside the page they came from: only absolute ones are kept.
  if (typeof url !== 'string' || !/^\s*(https?:|mailto:)/i.test(url)) return null;
  return validLinkUrl(url);
}
