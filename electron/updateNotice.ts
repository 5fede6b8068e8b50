/**
 * While an archive from an older Midad is brought up to date, a small window says so. Without it nothing
 * appears until the archive is open, and a schema step may take long (migration 8 re-indexes every article:
 * 35–50 s at 100,000). The steps run synchronously in the main process, so the notice is shown and painted
 * before they start. Written against the slice of BrowserWindow it uses.
 */
import { translate, type Locale } from '../core/i18n/translate';

export interface NoticeWindowLike {
  loadURL(url: string): Promise<void>;
  show(): void;
  close(): void;
  isDestroyed(): boolean;
}

/** The notice as a self-contained page: no script, nothing fetched, the system's fonts. */
export function updateNoticePage(locale: Locale): string {
  const t = (key: 'desktop.update.title' | 'desktop.update.body') => escapeHtml(translate(locale, key));
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><title>${t('desktop.update.title')}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; padding: 28px 32px; line-height: 1.7; }
  h1 { font-size: 1.15rem; margin: 0 0 12px; }
  p { margin: 0; font-size: 0.95rem; }
  progress { inline-size: 100%; margin-block-start: 20px; }
</style></head>
<body><h1>${t('desktop.update.title')}</h1><p>${t('desktop.update.body')}</p><progress aria-label="${t('desktop.update.title')}"></progress></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/** How long to let the window system put the shown notice on screen before the main process goes busy. */
const PAINT_MS = 250;

/**
 * Runs `open`, with the notice on screen first when `pending` says the archive will be updated. The notice
 * closes when `open` settles, whether it opened the archive or failed.
 */
export async function withUpdateNotice<T>(
  pending: { from: number; to: number } | null,
  createWindow: () => NoticeWindowLike,
  locale: Locale,
  open: () => Promise<T>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  if (!pending) return open();
  const notice = createWindow();
  try {
    await notice.loadURL(updateNoticePage(locale));
    notice.show();
    await wait(PAINT_MS);
    return await open();
  } finally {
    if (!notice.isDestroyed()) notice.close();
  }
}
