/** What a menu item asks the app to do: handled in the main process (dialogs) or forwarded to the window. */
import type { ShellCommand } from '../../core/shell/commands';

export const MAIN_ACTIONS = ['import', 'export', 'backup', 'restore', 'show-log'] as const;
export type MainAction = (typeof MAIN_ACTIONS)[number];

export type MenuAction = MainAction | ShellCommand;

export function isMainAction(action: MenuAction): action is MainAction {
  return (MAIN_ACTIONS as readonly string[]).includes(action);
}
