/**
 * "Open in a new window": the same hash route the page uses for an article, asked of window.open. The
 * desktop's main process answers it with one window per article (focusing the one that already shows it);
 * a browser on `npm run web` opens it in a new tab of the same address, token included.
 */
export function openInNewWindow(id: string): void {
  window.open(`#/article/${id}`, '_blank', 'noopener');
}
