/** Escaping for HTML text and attribute values: every text an export writes goes through one of these. */
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR: Record<string, string> = { ...TEXT, '"': '&quot;' };

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT[c] as string);
}

export function escapeAttr(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ATTR[c] as string);
}

/** Only links a reader can safely follow: http(s) and mailto, never javascript: or data:. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (trimmed.length > 2048 || /[\s<>"]/.test(trimmed)) return null;
  return /^(https?:\/\/[^/]|mailto:)/i.test(trimmed) ? trimmed : null;
}
