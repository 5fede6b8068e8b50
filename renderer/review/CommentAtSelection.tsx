/**
 * Commenting where the words are: while text is selected in the body, the headline or the standfirst, a
 * small «Comment» action floats beside the selection, and Ctrl+Alt+M (Word's key) does the same from the
 * keyboard. Both take the person to the new comment's box with the selection kept, so the thread anchors to
 * it when added; before, the only way in was a box at the foot of the sidebar.
 */
import { useEffect, useState } from 'react';
import { displayKeys, SHORTCUTS } from '../editor/shortcuts';
import { useI18n } from '../i18n/I18nProvider';
import { NEW_COMMENT_ID } from './CommentsPanel';

/** Brings the person to the new comment's box; the selection in the page stays for the anchor. */
export function openCommentBox(): void {
  const box = document.getElementById(NEW_COMMENT_ID);
  box?.scrollIntoView({ block: 'center' });
  box?.focus({ preventScroll: true });
}

type Place = { top: number; left: number } | null;

/** Where the action floats: beside the selected words in the body, beside the box of a plain field. */
function placeOfSelection(): Place {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    if (active.id !== 'headline' && active.id !== 'standfirst') return null;
    if ((active.selectionEnd ?? 0) <= (active.selectionStart ?? 0)) return null;
    const r = active.getBoundingClientRect();
    return { top: r.top - 36, left: r.left + r.width / 2 };
  }
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const body = document.querySelector('[data-testid="body-editor"]');
  if (!body?.contains(range.commonAncestorContainer)) return null;
  const r = range.getBoundingClientRect();
  return { top: r.top - 36, left: r.left + r.width / 2 };
}

export function CommentAtSelection() {
  const { t } = useI18n();
  const [place, setPlace] = useState<Place>(null);

  useEffect(() => {
    const update = () => setPlace(placeOfSelection());
    // Selections in text boxes do not fire selectionchange on the document in every engine: listen wider.
    document.addEventListener('selectionchange', update);
    document.addEventListener('select', update, true);
    document.addEventListener('focusin', update);
    document.addEventListener('keyup', update);
    document.addEventListener('pointerup', update);
    window.addEventListener('scroll', update, true);
    return () => {
      document.removeEventListener('keyup', update);
      document.removeEventListener('pointerup', update);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('select', update, true);
      document.removeEventListener('focusin', update);
      window.removeEventListener('scroll', update, true);
    };
  }, []);

  if (!place) return null;
  const keys = displayKeys(SHORTCUTS.find((s) => s.action === 'comment')?.keys ?? '');
  return (
    <button
      type="button"
      className="comment-at-selection"
      data-testid="comment-at-selection"
      style={{ top: Math.max(place.top, 4), left: place.left }}
      title={t('comments.atSelection.label', { shortcut: keys })}
      aria-label={t('comments.atSelection.label', { shortcut: keys })}
      // Pressing it must not move the focus, which would lose the selection it comments on.
      onMouseDown={(e) => e.preventDefault()}
      onClick={openCommentBox}
    >
      {t('comments.atSelection')}
    </button>
  );
}
