/**
 * Commands the main process sends to a window (from the menu, the context menu or crash recovery). They
 * cross one narrow channel; the preload forwards only names from this list, so a page never sees anything
 * else arrive on it. No zod here: the preload bundles this file and stays small.
 */
export const SHELL_CHANNEL = 'midad-shell:command';

export const SHELL_COMMANDS = [
  'show-archive',
  'show-settings',
  'show-about',
  'new-article',
  'archive-changed',
  'format-bold',
  'format-italic',
  'format-underline',
  'toggle-paragraph-direction',
  'undo',
  'redo',
  'recovered-after-crash',
] as const;

export type ShellCommand = (typeof SHELL_COMMANDS)[number];

export function isShellCommand(value: unknown): value is ShellCommand {
  return typeof value === 'string' && (SHELL_COMMANDS as readonly string[]).includes(value);
}

/** What the preload exposes as `window.midadShell`. */
export interface ShellBridge {
  /** Calls `listener` for each command; returns the function that stops listening. */
  onCommand(listener: (command: ShellCommand) => void): () => void;
}
