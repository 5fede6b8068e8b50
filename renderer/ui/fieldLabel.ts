/**
 * The name of an article field as the person reads it, for a comment's anchor, a compared field or a conflict:
 * `caption:ID` and any other field of a picture read as the caption.
 */
import type { MessageKey } from '../../core/i18n/ar';

type T = (key: MessageKey) => string;

export function fieldLabel(field: string, t: T): string {
  return field === 'headline'
    ? t('editor.headline')
    : field === 'standfirst'
      ? t('editor.standfirst')
      : field === 'body'
        ? t('editor.body')
        : t('comments.caption');
}
