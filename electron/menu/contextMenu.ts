/**
 * The right-click menu, a pure function of the language and what was clicked: cut, copy and paste where
 * they apply, and in the article body the paragraph direction switch.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { translate, type Locale } from '../../core/i18n/translate';
import type { ShellCommand } from '../../core/shell/commands';

/** The part of Electron's ContextMenuParams this menu reads. */
export interface ContextParams {
  isEditable: boolean;
  selectionText: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export function contextMenuTemplate(
  locale: Locale,
  params: ContextParams,
  inEditor: boolean,
  send: (command: ShellCommand) => void,
): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const hasSelection = params.selectionText.trim().length > 0;
  if (!params.isEditable && !hasSelection) return [];
  if (!params.isEditable) return [{ role: 'copy', label: t('menu.copy'), enabled: params.editFlags.canCopy }];
  const template: MenuItemConstructorOptions[] = [
    { role: 'cut', label: t('menu.cut'), enabled: params.editFlags.canCut },
    { role: 'copy', label: t('menu.copy'), enabled: params.editFlags.canCopy },
    { role: 'paste', label: t('menu.paste'), enabled: params.editFlags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: t('menu.selectAll'), enabled: params.editFlags.canSelectAll },
  ];
  if (inEditor) {
    template.push(
      { type: 'separator' },
      {
        id: 'toggle-paragraph-direction',
        label: t('menu.toggleDirection'),
        click: () => send('toggle-paragraph-direction'),
      },
    );
  }
  return template;
}
