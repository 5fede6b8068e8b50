import { describe, expect, it } from 'vitest';
import { updateNoticePage, withUpdateNotice, type NoticeWindowLike } from '../../../electron/updateNotice';
import { translate } from '../../../core/i18n/translate';

/** Electron's BrowserWindow, faked at the slice the notice uses, recording what happened in order. */
function fakeWindow(events: string[]): NoticeWindowLike {
  let closed = false;
  return {
    loadURL: (url) => (events.push(`load ${url.slice(0, 14)}`), Promise.resolve()),
    show: () => void events.push('show'),
    close: () => {
      closed = true;
      events.push('close');
    },
    isDestroyed: () => closed,
  };
}

const page = (url: string) => decodeURIComponent(url.replace(/^data:text\/html;charset=utf-8,/, ''));

describe('the archive update notice', () => {
  it('is not shown when the archive needs no update', async () => {
    const events: string[] = [];
    const result = await withUpdateNotice(
      null,
      () => fakeWindow(events),
      'ar',
      () => Promise.resolve('archive'),
    );
    expect(result).toBe('archive');
    expect(events).toEqual([]);
  });

  it('is on screen before the update starts and closed once the archive is open', async () => {
    const events: string[] = [];
    const result = await withUpdateNotice(
      { from: 7, to: 8 },
      () => fakeWindow(events),
      'ar',
      () => {
        events.push('open');
        return Promise.resolve('archive');
      },
      (ms) => (events.push(`wait ${ms}`), Promise.resolve()),
    );
    expect(result).toBe('archive');
    expect(events).toEqual(['load data:text/html', 'show', 'wait 250', 'open', 'close']);
  });

  it('closes when the open fails, and the failure goes on to the caller', async () => {
    const events: string[] = [];
    const failing = withUpdateNotice(
      { from: 7, to: 8 },
      () => fakeWindow(events),
      'en',
      () => Promise.reject(new Error('damaged')),
      async () => {},
    );
    await expect(failing).rejects.toThrow('damaged');
    expect(events.at(-1)).toBe('close');
  });

  it('speaks the interface language, right to left in Arabic, and runs no script', () => {
    const ar = page(updateNoticePage('ar'));
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain(translate('ar', 'desktop.update.body'));
    const en = page(updateNoticePage('en'));
    expect(en).toContain('<html lang="en" dir="ltr">');
    expect(en).toContain('Midad is updating the archive');
    for (const html of [ar, en]) {
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain(`default-src 'none'`);
    }
  });
});
