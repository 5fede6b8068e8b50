/** The right-click menu, in both languages. */
import { describe, expect, it } from 'vitest';
import { contextMenuTemplate, type ContextParams } from '../../../electron/menu/contextMenu';
import type { ShellCommand } from '../../../core/shell/commands';

const editable: ContextParams = {
  isEditable: true,
  selectionText: 'نص',
  editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
};

describe('the context menu', () => {
  it('offers cut, copy and paste in an editable field, labelled in the interface language', () => {
    const arabic = contextMenuTemplate('ar', editable, false, () => {});
    expect(arabic.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['cut', 'قص'],
      ['copy', 'نسخ'],
      ['paste', 'لصق'],
      ['selectAll', 'تحديد الكل'],
    ]);
    const english = contextMenuTemplate('en', editable, false, () => {});
    expect(english.filter((i) => i.role).map((i) => i.label)).toEqual(['Cut', 'Copy', 'Paste', 'Select All']);
    expect(english.some((i) => i.id === 'toggle-paragraph-direction')).toBe(false);
  });

  it('adds the paragraph direction switch in the article body, sending it to the page', () => {
    const sent: ShellCommand[] = [];
    const menu = contextMenuTemplate('ar', editable, true, (c) => sent.push(c));
    const toggle = menu.find((i) => i.id === 'toggle-paragraph-direction');
    expect(toggle?.label).toBe('تبديل اتجاه الفقرة (يمين ↔ يسار)');
    (toggle?.click as () => void)();
    expect(sent).toEqual(['toggle-paragraph-direction']);
  });

  it('disables what the field cannot do, offers only copy on selected page text, and nothing elsewhere', () => {
    const readOnly = { ...editable, editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } };
    const menu = contextMenuTemplate('en', readOnly, false, () => {});
    expect(menu.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(menu.find((i) => i.role === 'paste')?.enabled).toBe(true);
    expect(contextMenuTemplate('en', { ...editable, isEditable: false }, false, () => {}).map((i) => i.role)).toEqual([
      'copy',
    ]);
    expect(contextMenuTemplate('en', { ...editable, isEditable: false, selectionText: ' ' }, false, () => {})).toEqual(
      [],
    );
  });
});
