import { describe, expect, it } from 'vitest';
import { historyActionFor, shortcutFor } from '../../../renderer/editor/shortcuts';

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: '?',
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('finds the direction shortcut by key position, so it works on an Arabic keyboard layout', () => {
    expect(shortcutFor({ ...key('KeyD', { ctrlKey: true, shiftKey: true }), key: 'ي' })).toBe('direction');
  });

  it('finds headings, link and save', () => {
    expect(shortcutFor(key('Digit2', { ctrlKey: true, altKey: true }))).toBe('h2');
    expect(shortcutFor(key('Digit0', { ctrlKey: true, altKey: true }))).toBe('paragraph');
    expect(shortcutFor(key('KeyK', { ctrlKey: true }))).toBe('link');
    expect(shortcutFor(key('KeyS', { ctrlKey: true }))).toBe('save');
  });

  it('leaves Lexical its own bindings and plain typing alone', () => {
    expect(shortcutFor(key('KeyB', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('KeyD', { shiftKey: true }))).toBeNull();
  });

  it('finds undo and redo by key position, with Ctrl+Y for redo as well', () => {
    expect(historyActionFor({ ...key('KeyZ', { ctrlKey: true }), key: 'ئ' })).toBe('undo');
    expect(historyActionFor(key('KeyZ', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyActionFor(key('KeyY', { ctrlKey: true }))).toBe('redo');
    expect(historyActionFor(key('KeyZ'))).toBeNull();
    expect(historyActionFor(key('KeyS', { ctrlKey: true }))).toBeNull();
  });
});
