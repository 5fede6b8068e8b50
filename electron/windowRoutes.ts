/**
 * What a window shows, read from its address (the renderer keeps the open article in the hash,
 * `#/article/ID`): it decides the window kind whose bounds are remembered, whether the editor's commands
 * apply, and which window already shows an article so opening it again focuses that one.
 */
import type { WindowKind } from '../core/settings/windowState';
import { APP_ORIGIN } from './security';

const ARTICLE_HASH = /^#\/article\/([0-9a-f-]{36})$/;

export function articleIdInUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
    return ARTICLE_HASH.exec(parsed.hash)?.[1] ?? null;
  } catch {
    return null;
  }
}

export function windowKindOf(url: string): WindowKind {
  return articleIdInUrl(url) ? 'article' : 'archive';
}

export function articleUrl(id: string): string {
  return `${APP_ORIGIN}/index.html#/article/${id}`;
}

/** A link that may leave Midad for the person's browser: http or https only (never file:, or a custom scheme). */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
