/**
 * When the archive's lock names another computer (a shared or synced folder), Midad cannot tell whether it
 * still runs there. Instead of only refusing, the person is told which computer and since when, and may
 * break the lock explicitly. A lock held by a live program on this computer never reaches this question:
 * db/archiveLock.ts refuses it outright. Written against the slice of Electron's `dialog` it uses.
 */
import type { MessageBoxOptions } from 'electron';
import { MidadError } from '../core/api/errors';
import { errorText } from '../core/i18n/errorText';
import { translate, type Locale } from '../core/i18n/translate';

export interface LockDialogLike {
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
}

const BREAK = 0;
const QUIT = 1;

export function lockDialogOptions(error: MidadError, locale: Locale): MessageBoxOptions {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  return {
    type: 'warning',
    title: t('app.name'),
    message: t('desktop.lock.title'),
    detail: `${errorText(locale, error)}\n\n${t('desktop.lock.warning')}`,
    buttons: [t('desktop.lock.break'), t('desktop.lock.quit')],
    // Enter and Escape both keep the lock: breaking it must be a deliberate click.
    defaultId: QUIT,
    cancelId: QUIT,
    noLink: true,
  };
}

/**
 * Opens with `open(false)`; when another computer's lock refuses it, asks, and opens with `open(true)` if
 * the person chose to break the lock. Null when they chose to quit; any other refusal is thrown as it was.
 */
export async function openAskingToBreakLock<T>(
  open: (breakLock: boolean) => T,
  dialog: LockDialogLike,
  locale: Locale,
): Promise<T | null> {
  try {
    return open(false);
  } catch (error) {
    if (!(error instanceof MidadError) || error.code !== 'archive_locked_elsewhere') throw error;
    const { response } = await dialog.showMessageBox(lockDialogOptions(error, locale));
    return response === BREAK ? open(true) : null;
  }
}
