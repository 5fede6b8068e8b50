/**
 * Comments on the plain fields (headline, standfirst, a picture's caption): these are text boxes, not
 * Lexical, so a thread is anchored by the quoted words and where they started, and found again by them
 * (core/review/comments.ts locateQuote). The comment box follows where the person last was: the body or one
 * of these fields, remembered on focus because pressing into the comment box takes the focus away.
 */
import { locateQuote, type AnchorField, type CommentAnchor } from '../../core/review/comments';

type PlainBox = HTMLTextAreaElement | HTMLInputElement;

const isBox = (el: Element | null): el is PlainBox =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

/** The field a text box holds, or null for anything that is not a commentable plain field. */
function fieldOf(el: PlainBox): AnchorField | null {
  if (el.id === 'headline' || el.id === 'standfirst') return el.id;
  const figure = el.closest<HTMLElement>('[data-media-id]');
  return figure?.dataset.mediaId && el.id.endsWith('-caption') ? `caption:${figure.dataset.mediaId}` : null;
}

/** The text box of a plain field on the page. */
function boxOf(field: AnchorField): PlainBox | null {
  const el = field.startsWith('caption:')
    ? document.querySelector(`[data-media-id="${CSS.escape(field.slice('caption:'.length))}"] [id$="-caption"]`)
    : document.getElementById(field);
  return isBox(el) ? el : null;
}

/** Where comments go: the body, or a plain field's box. */
export type CommentTarget = { kind: 'body' } | { kind: 'field'; box: PlainBox };

/** Calls `onTarget` whenever the person moves into the body or a commentable plain field. */
export function watchCommentTarget(onTarget: (target: CommentTarget) => void): () => void {
  const onFocus = (event: FocusEvent) => {
    const el = event.target instanceof Element ? event.target : null;
    // A caption's box sits inside the body's editable area (figures are body nodes): ask it first.
    if (isBox(el) && fieldOf(el)) onTarget({ kind: 'field', box: el });
    else if (el?.closest('[data-testid="body-editor"]')) onTarget({ kind: 'body' });
  };
  document.addEventListener('focusin', onFocus);
  return () => document.removeEventListener('focusin', onFocus);
}

/** The anchor for the words selected in a plain field's box, or null when nothing is selected there. */
export function fieldSelectionAnchor(box: PlainBox, markId: string): CommentAnchor | null {
  const field = fieldOf(box);
  const start = box.selectionStart ?? 0;
  const end = box.selectionEnd ?? 0;
  if (!field || !box.isConnected || end <= start) return null;
  return { field, markId, quote: box.value.slice(start, end), offset: start };
}

/** Selects a thread's words in its plain field; false when they are gone. */
export function selectInField(anchor: CommentAnchor): boolean {
  const box = boxOf(anchor.field);
  if (!box) return false;
  const at = locateQuote(box.value, anchor.quote, anchor.offset);
  if (at === -1) return false;
  box.focus();
  box.setSelectionRange(at, at + anchor.quote.length);
  return true;
}
