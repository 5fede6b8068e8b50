/**
 * Import, export, backup and restore through the system's file dialogs. The work itself is done by the
 * archive's services, passed in as `operations`; an operation this build does not have yet answers with
 * one sentence instead of a dead menu item. Written against the slice of Electron's `dialog` it uses.
 */
import { extname } from 'node:path';
import type {
  MessageBoxOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { MidadError } from '../core/api/errors';
import { errorText } from '../core/i18n/errorText';
import { translate, type Locale } from '../core/i18n/translate';
import type { MessageKey } from '../core/i18n/ar';
import { warningKey, type ExportWarning } from '../core/exchange/warnings';
import { describeError } from './rotatingLog';

/** What the save dialog offers: an HTML page or Midad JSON (ninjs stays with `midad export`). */
export const EXPORT_FORMATS = ['html', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The services behind the dialogs; each arrives with the branch that implements it. */
export interface DesktopOperations {
  importFiles?: (paths: string[]) => Promise<{ count: number }>;
  /** Resolves with what the person must be told about the file written (pending suggestions left out). */
  exportArticle?: (id: string, path: string, format: ExportFormat) => Promise<readonly ExportWarning[] | void>;
  backupTo?: (path: string) => Promise<void>;
  restoreFrom?: (path: string) => Promise<void>;
}

export interface DialogLike<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showMessageBox(window: W, options: MessageBoxOptions): Promise<unknown>;
}

export interface DialogContext<W> {
  dialog: DialogLike<W>;
  operations: DesktopOperations;
  locale: () => Locale;
  log: (message: string) => void;
  /** Tells the window's page the archive changed (after an import or a restore). */
  changed: (window: W) => void;
}

export type Outcome = 'done' | 'cancelled' | 'unavailable' | 'failed';

export function exportFormatOf(path: string): ExportFormat {
  const ext = extname(path).toLowerCase().replace('.', '');
  if (ext === 'htm') return 'html';
  return (EXPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : 'html';
}

function backupFileName(date: Date): string {
  return `midad-${date.toISOString().slice(0, 10)}.sqlite`;
}

export function createDialogs<W>(context: DialogContext<W>) {
  const { dialog, operations } = context;
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(context.locale(), key, params);
  const say = (window: W, type: 'info' | 'error', message: string) =>
    dialog.showMessageBox(window, { type, message, buttons: [t('dialog.ok')], title: t('app.name') });

  async function attempt(window: W, work: () => Promise<string>): Promise<Outcome> {
    try {
      await say(window, 'info', await work());
      return 'done';
    } catch (error) {
      if (!(error instanceof MidadError)) context.log(describeError(error));
      await say(window, 'error', errorText(context.locale(), error, 'error.internal'));
      return 'failed';
    }
  }

  async function unavailable(window: W): Promise<Outcome> {
    await say(window, 'info', t('dialog.unavailable'));
    return 'unavailable';
  }

  const articleFilters = () => [{ name: t('dialog.filter.articles'), extensions: ['json', 'html', 'htm', 'txt'] }];

  return {
    /** Files given by the system (file manager, command line): imported without asking again. */
    async importPaths(window: W, paths: string[]): Promise<Outcome> {
      const importFiles = operations.importFiles;
      if (!importFiles) return unavailable(window);
      const outcome = await attempt(window, async () =>
        t('dialog.done.import', { count: (await importFiles(paths)).count }),
      );
      if (outcome === 'done') context.changed(window);
      return outcome;
    },

    async importChosen(window: W): Promise<Outcome> {
      if (!operations.importFiles) return unavailable(window);
      const choice = await dialog.showOpenDialog(window, {
        title: t('dialog.import.title'),
        properties: ['openFile', 'multiSelections'],
        filters: articleFilters(),
      });
      if (choice.canceled || choice.filePaths.length === 0) return 'cancelled';
      return this.importPaths(window, choice.filePaths);
    },

    async exportArticle(window: W, articleId: string | null, suggestedName: string): Promise<Outcome> {
      const exportArticle = operations.exportArticle;
      if (!exportArticle) return unavailable(window);
      if (!articleId) {
        await say(window, 'info', t('dialog.exportNeedsArticle'));
        return 'cancelled';
      }
      const choice = await dialog.showSaveDialog(window, {
        title: t('dialog.export.title'),
        defaultPath: `${suggestedName || articleId}.html`,
        filters: [
          { name: t('dialog.filter.html'), extensions: ['html'] },
          { name: t('dialog.filter.json'), extensions: ['json'] },
        ],
      });
      if (choice.canceled || !choice.filePath) return 'cancelled';
      const path = choice.filePath;
      return attempt(window, async () => {
        const warnings = (await exportArticle(articleId, path, exportFormatOf(path))) ?? [];
        return [t('dialog.done.export', { path }), ...warnings.map((w) => t(warningKey(w), w))].join('\n');
      });
    },

    async backup(window: W, folder: string, now = new Date()): Promise<Outcome> {
      const backupTo = operations.backupTo;
      if (!backupTo) return unavailable(window);
      const choice = await dialog.showSaveDialog(window, {
        title: t('dialog.backup.title'),
        defaultPath: folder ? `${folder}/${backupFileName(now)}` : backupFileName(now),
        filters: [{ name: t('dialog.filter.archive'), extensions: ['sqlite'] }],
      });
      if (choice.canceled || !choice.filePath) return 'cancelled';
      const path = choice.filePath;
      return attempt(window, async () => {
        await backupTo(path);
        return t('dialog.done.backup', { path });
      });
    },

    async restore(window: W, folder: string): Promise<Outcome> {
      const restoreFrom = operations.restoreFrom;
      if (!restoreFrom) return unavailable(window);
      const choice = await dialog.showOpenDialog(window, {
        title: t('dialog.restore.title'),
        ...(folder ? { defaultPath: folder } : {}),
        properties: ['openFile'],
        filters: [{ name: t('dialog.filter.archive'), extensions: ['sqlite'] }],
      });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return 'cancelled';
      const outcome = await attempt(window, async () => {
        await restoreFrom(path);
        return t('dialog.done.restore');
      });
      if (outcome === 'done') context.changed(window);
      return outcome;
    },
  };
}
