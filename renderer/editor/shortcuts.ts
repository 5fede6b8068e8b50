/**
 * The editor's keyboard shortcuts, listed once: the help panel shows this table and the body's shortcut
 * plugin matches key events against it. Bold, italic and underline are Lexical's own bindings, listed so
 * the person can find them; undo and redo are the article's one history (history/useArticleUndoKeys.ts).
 */
import type { MessageKey } from '../../core/i18n/ar';

export type ShortcutAction =
  | 'bold'
  | 'italic'
  | 'underline'
  | 'link'
  | 'undo'
  | 'redo'
  | 'direction'
  | 'h2'
  | 'h3'
  | 'paragraph'
  | 'save'
  // review-ux: comment on the selected text, Word's own key for it
  | 'comment'
  // editor
  | 'find'
  | 'replace'
  | 'focus'
  | 'print'
  // editor: the body toolbar's View menu
  | 'view';

export interface Shortcut {
  action: ShortcutAction;
  /** `Mod` is Ctrl, or ⌘ on a Mac. */
  keys: string;
  label: MessageKey;
  /** Handled by Midad (true) or by Lexical itself (false). */
  ours: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'bold', keys: 'Mod+B', label: 'help.bold', ours: false },
  { action: 'italic', keys: 'Mod+I', label: 'help.italic', ours: false },
  { action: 'underline', keys: 'Mod+U', label: 'help.underline', ours: false },
  { action: 'link', keys: 'Mod+K', label: 'help.link', ours: true },
  { action: 'undo', keys: 'Mod+Z', label: 'help.undo', ours: true },
  { action: 'redo', keys: 'Mod+Shift+Z', label: 'help.redo', ours: true },
  { action: 'direction', keys: 'Mod+Shift+D', label: 'help.direction', ours: true },
  { action: 'h2', keys: 'Mod+Alt+2', label: 'help.h2', ours: true },
  { action: 'h3', keys: 'Mod+Alt+3', label: 'help.h3', ours: true },
  { action: 'paragraph', keys: 'Mod+Alt+0', label: 'help.paragraph', ours: true },
  { action: 'save', keys: 'Mod+S', label: 'help.save', ours: true },
  { action: 'comment', keys: 'Mod+Alt+M', label: 'help.comment', ours: true },
  // editor: find and replace, focus mode, print
  { action: 'find', keys: 'Mod+F', label: 'help.find', ours: true },
  { action: 'replace', keys: 'Mod+H', label: 'help.replace', ours: true },
  { action: 'focus', keys: 'Mod+Shift+F', label: 'help.focus', ours: true },
  { action: 'print', keys: 'Mod+P', label: 'help.print', ours: true },
  // editor
  { action: 'view', keys: 'Mod+Alt+V', label: 'help.view', ours: true },
];

/** What typed at the start of a paragraph turns it into a list or a quote, as in Word (BodyEditor's markdown plugin). */
export const TYPED_SHORTCUTS: ReadonlyArray<{ typed: string; label: MessageKey }> = [
  { typed: '- ', label: 'help.typed.bullet' },
  { typed: '* ', label: 'help.typed.bullet' },
  { typed: '1. ', label: 'help.typed.numbered' },
  { typed: '> ', label: 'help.typed.quote' },
];

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcut a key event is, if any. Matches on `code` for digits and letters so Arabic layouts work too. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): ShortcutAction | null {
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  if (!mod) return null;
  const key = /^Key[A-Z]$/.test(event.code)
    ? event.code.slice(3)
    : /^Digit\d$/.test(event.code)
      ? event.code.slice(5)
      : event.key.toUpperCase();
  const combo = ['Mod', event.altKey ? 'Alt' : '', event.shiftKey ? 'Shift' : '', key].filter(Boolean).join('+');
  // Ctrl+Y is redo too outside the Mac, as in every word processor there (and in Lexical).
  if (combo === 'Mod+Y' && !isMac()) return 'redo';
  return SHORTCUTS.find((s) => s.ours && s.keys === combo)?.action ?? null;
}

/** Whether a key event asks for undo or redo. */
export function historyActionFor(event: Parameters<typeof shortcutFor>[0]): 'undo' | 'redo' | null {
  const action = shortcutFor(event);
  return action === 'undo' || action === 'redo' ? action : null;
}

/** How to show `keys` on this platform. */
export function displayKeys(keys: string): string {
  return isMac() ? keys.replace('Mod', '⌘').replace('Alt', '⌥').replace('Shift', '⇧') : keys.replace('Mod', 'Ctrl');
}
