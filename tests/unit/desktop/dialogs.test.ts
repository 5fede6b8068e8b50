/** Import, export, backup and restore through the system dialogs (Electron's dialog faked at its API). */
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createDialogs, exportFormatOf, type DesktopOperations, type DialogLike } from '../../../electron/dialogs';
import { MidadError } from '../../../core/api/errors';

type Win = { id: number };
const win: Win = { id: 1 };

function setup(operations: DesktopOperations, answers: { open?: string[]; save?: string } = {}) {
  const shown: Array<{ kind: string; options: OpenDialogOptions | SaveDialogOptions | MessageBoxOptions }> = [];
  const dialog: DialogLike<Win> = {
    showOpenDialog: (_w, options) => (
      shown.push({ kind: 'open', options }),
      Promise.resolve({ canceled: !answers.open, filePaths: answers.open ?? [] })
    ),
    showSaveDialog: (_w, options) => (
      shown.push({ kind: 'save', options }),
      Promise.resolve(answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' })
    ),
    showMessageBox: (_w, options) => (shown.push({ kind: 'message', options }), Promise.resolve({ response: 0 })),
  };
  const changed: Win[] = [];
  const logged: string[] = [];
  const dialogs = createDialogs({
    dialog,
    operations,
    locale: () => 'ar',
    log: (m) => logged.push(m),
    changed: (w) => changed.push(w),
  });
  const messages = () => shown.filter((s) => s.kind === 'message').map((s) => (s.options as MessageBoxOptions).message);
  return { dialogs, shown, changed, logged, messages };
}

describe('the import dialog', () => {
  it('asks for article files, imports them, reports the count and refreshes the window', async () => {
    const imported: string[][] = [];
    const { dialogs, shown, changed, messages } = setup(
      { importFiles: (paths) => (imported.push(paths), Promise.resolve({ count: paths.length })) },
      { open: ['/in/a.json', '/in/b.html'] },
    );
    expect(await dialogs.importChosen(win)).toBe('done');
    const open = shown[0]?.options as OpenDialogOptions;
    expect(open.title).toBe('استيراد مقالات');
    expect(open.properties).toEqual(['openFile', 'multiSelections']);
    expect(open.filters?.[0]?.extensions).toEqual(['json', 'html', 'htm', 'txt']);
    expect(imported).toEqual([['/in/a.json', '/in/b.html']]);
    expect(messages()).toEqual(['استُورد مقالان.']);
    expect(changed).toEqual([win]);
  });

  it('does nothing when the person cancels', async () => {
    const { dialogs, messages } = setup({ importFiles: () => Promise.resolve({ count: 0 }) });
    expect(await dialogs.importChosen(win)).toBe('cancelled');
    expect(messages()).toEqual([]);
  });

  it('shows a typed failure in the person’s language and leaves the window as it was', async () => {
    const { dialogs, changed, messages } = setup(
      {
        importFiles: async () =>
          Promise.reject(
            new MidadError('import_failed', 'bad', {
              file: 'a.json',
              at: 'line_column',
              line: 3,
              column: 16,
              problem: 'json_malformed',
            }),
          ),
      },
      { open: ['/in/a.json'] },
    );
    expect(await dialogs.importChosen(win)).toBe('failed');
    expect(messages()).toEqual([
      'تعذّر استيراد الملف \u2068a.json\u2069 (السطر 3، العمود 16): المتوقع نص \u2066JSON\u2069 سليم البنية. لم يُضَف شيء من هذا الملف.',
    ]);
    expect(changed).toEqual([]);
  });

  it('logs an unexpected failure and shows one plain sentence', async () => {
    const { dialogs, logged, messages } = setup({ importFiles: async () => Promise.reject(new Error('EIO')) });
    expect(await dialogs.importPaths(win, ['/x.txt'])).toBe('failed');
    expect(logged[0]).toContain('EIO');
    expect(messages()[0]).toContain('خطأ داخلي');
  });
});

describe('export, backup and restore', () => {
  it('exports the open article in the format its file name asks for', async () => {
    const exported: unknown[] = [];
    const { dialogs, shown } = setup(
      { exportArticle: (...a) => (exported.push(a), Promise.resolve()) },
      { save: '/out/story.json' },
    );
    expect(await dialogs.exportArticle(win, 'id-1', 'story')).toBe('done');
    expect((shown[0]?.options as SaveDialogOptions).defaultPath).toBe('story.html');
    expect(exported).toEqual([['id-1', '/out/story.json', 'json']]);
  });

  it('tells, after the export, that pending suggestions were left out of the file', async () => {
    const warning = {
      code: 'pending_suggestions',
      articleId: '55555555-5555-4555-8555-555555555555',
      headline: 'الرئيس يستقبل الوفد',
      count: 2,
    } as const;
    const { dialogs, messages } = setup(
      { exportArticle: () => Promise.resolve([warning]) },
      { save: '/out/story.html' },
    );
    expect(await dialogs.exportArticle(win, warning.articleId, 'story')).toBe('done');
    expect(messages()).toEqual([
      'صُدّر المقال إلى \u2066/out/story.html\u2069\nفي المقال «الرئيس يستقبل الوفد» 2 من الاقتراحات المعلقة: صُدِّر النص كأن أيًّا منها لم يُقبل (الإضافات متروكة والمحذوف باقٍ).',
    ]);
  });

  it('explains that export needs an open article', async () => {
    const { dialogs, messages } = setup({ exportArticle: async () => {} });
    expect(await dialogs.exportArticle(win, null, '')).toBe('cancelled');
    expect(messages()).toEqual(['افتح مقالاً أولاً ثم صدّره.']);
  });

  it('suggests a dated backup file in the backup folder and restores from a chosen one', async () => {
    const done: string[] = [];
    const { dialogs, shown, changed } = setup(
      {
        backupTo: (p) => (done.push(`backup ${p}`), Promise.resolve()),
        restoreFrom: (p) => (done.push(`restore ${p}`), Promise.resolve()),
      },
      { save: '/b/midad-2026-03-01.sqlite', open: ['/b/old.sqlite'] },
    );
    expect(await dialogs.backup(win, '/b', new Date('2026-03-01T10:00:00Z'))).toBe('done');
    expect((shown[0]?.options as SaveDialogOptions).defaultPath).toBe('/b/midad-2026-03-01.sqlite');
    expect(await dialogs.restore(win, '/b')).toBe('done');
    expect(done).toEqual(['backup /b/midad-2026-03-01.sqlite', 'restore /b/old.sqlite']);
    expect(changed).toEqual([win]);
  });

  it('answers an operation this build lacks with one sentence, without opening a file dialog', async () => {
    const { dialogs, shown, messages } = setup({});
    for (const outcome of [
      dialogs.importChosen(win),
      dialogs.exportArticle(win, 'x', ''),
      dialogs.backup(win, ''),
      dialogs.restore(win, ''),
    ]) {
      expect(await outcome).toBe('unavailable');
    }
    expect(shown.every((s) => s.kind === 'message')).toBe(true);
    expect(new Set(messages())).toEqual(new Set(['هذه العملية غير متاحة في هذا الإصدار بعد.']));
  });
});

describe('exportFormatOf', () => {
  it('reads the format from the extension, defaulting to HTML', () => {
    expect([exportFormatOf('a.JSON'), exportFormatOf('a.htm'), exportFormatOf('a.txt'), exportFormatOf('a')]).toEqual([
      'json',
      'html',
      'html',
      'html',
    ]);
  });
});
