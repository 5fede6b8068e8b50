/**
 * A plain text box (headline, standfirst, a figure's caption, credit or alt text) as a field of the
 * article's one history: its edits go into its TextHistory, and the log may ask it to undo or redo one,
 * which puts the text and selection back and moves the focus to the box. The browser's own undo never
 * runs in these boxes (useArticleUndoKeys.ts takes the keys and the history input events first).
 */
import { useCallback, useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import { useArticleUndo } from './ArticleHistoryContext';
import { editKind, TextHistory, type EditKind, type TextSnapshot } from './textHistory';

type Box = HTMLTextAreaElement | HTMLInputElement;

/**
 * Joins the box `ref` (whose element id is `id`) to the article's history. `show` sets the field's value
 * after an undo or redo, as an edit would. Returns the function to call with each value the person's
 * edits give the field, from its change handler.
 */
export function useTextFieldHistory(
  id: string,
  ref: RefObject<Box | null>,
  show: (value: string) => void,
): (value: string) => void {
  const { history, texts } = useArticleUndo();
  // An undo long after the box was joined shows its value through the latest render's `show`.
  const latestShow = useEffectEvent((value: string) => show(value));
  /** The box as it was just before the edit under way, read at its beforeinput. */
  const pending = useRef<{ before: TextSnapshot; kind: EditKind } | null>(null);
  const text = useRef<TextHistory | null>(null);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    let kept = texts.get(id);
    // Kept from before this box was last on the page (its figure deleted, then restored by an undo)?
    // Only if it still shows the same text; otherwise its steps no longer fit.
    if (!kept || kept.value !== box.value) {
      kept = new TextHistory(box.value);
      texts.set(id, kept);
    }
    const own = kept;
    text.current = own;
    const apply = (snapshot: TextSnapshot | null): boolean => {
      if (!snapshot) return false;
      // Set before React renders it: React then finds the box already showing the value and leaves the selection be.
      box.value = snapshot.value;
      latestShow(snapshot.value);
      box.focus();
      box.setSelectionRange(snapshot.start, snapshot.end);
      return true;
    };
    const onBeforeInput = (event: InputEvent) => {
      const start = box.selectionStart ?? 0;
      const end = box.selectionEnd ?? start;
      pending.current = { before: { value: box.value, start, end }, kind: editKind(event.inputType, start === end) };
    };
    const events: HTMLElement = box;
    events.addEventListener('beforeinput', onBeforeInput);
    const leave = history.register(id, {
      undo: () => apply(own.undo()),
      redo: () => apply(own.redo()),
      dropRedo: () => own.dropRedo(),
      seal: () => own.seal(),
    });
    return () => {
      events.removeEventListener('beforeinput', onBeforeInput);
      leave();
    };
  }, [id, ref, history, texts]);

  return useCallback(
    (value: string) => {
      const box = ref.current;
      const own = text.current;
      if (!box || !own) return;
      const caret = { start: box.selectionStart ?? value.length, end: box.selectionEnd ?? value.length };
      const edit = pending.current ?? { before: { value: own.value, ...caret }, kind: 'other' as const };
      pending.current = null;
      if (own.record(edit.before, { value, ...caret }, edit.kind, Date.now())) history.record(id);
    },
    [id, ref, history],
  );
}
