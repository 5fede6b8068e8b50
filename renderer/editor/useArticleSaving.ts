/**
 * Never lose a word: autosave after the pause the settings name, at once on blur / hide / close, and the
 * recovery store whenever the archive does not hold what the editor shows (a failed save, a page closed
 * with a save in flight). On a conflict the side the person did not keep becomes a revision.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleFields } from '../../core/article/schema';
import type { MidadApi } from '../../core/api/contract';
import { Autosave, type SaveState } from './autosave';
import { browserRecoveryStore } from './recoveryStore';

export function useArticleSaving(
  api: MidadApi,
  article: Article,
  delayMs: number,
  conflictLabel: string,
  onReload: () => void,
) {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  // editor: when the archive last took a save, for the indicator's «حُفظ ١٠:٤٢».
  const [savedAt, setSavedAt] = useState(article.updatedAt);
  const [localFull, setLocalFull] = useState(false);
  const store = useMemo(() => browserRecoveryStore(), []);
  const headline = useRef(article.headline);

  const autosave = useMemo(() => {
    const keep = (a: Autosave) => {
      setLocalFull(
        !store.keep({ articleId: article.id, headline: headline.current, fields: a.unsaved, reason: 'unsaved' }),
      );
    };
    const instance: Autosave = new Autosave(
      article.id,
      article.version,
      (id, baseVersion, fields) => api['articles.save']({ id, baseVersion, fields }),
      // Autosave calls this when a save settles, never while React renders, so the headline it reads is current.
      // eslint-disable-next-line react-hooks/refs
      (state, saved) => {
        setSaveState(state);
        if (saved) setSavedAt(saved.updatedAt);
        if (state.kind === 'failed' || state.kind === 'conflict') keep(instance);
        else if (state.kind === 'saved' && !instance.hasUnsaved()) {
          store.drop(article.id, 'unsaved');
          setLocalFull(false);
        }
      },
      delayMs,
    );
    return instance;
  }, [api, article.id, article.version, delayMs, store]);

  useEffect(() => {
    // Closing the page: the save goes out with keepalive, and a copy stays here until the archive confirms.
    const flush = () => void autosave.flush();
    const leave = () => {
      if (autosave.hasUnsaved())
        store.keep({ articleId: article.id, headline: headline.current, fields: autosave.unsaved, reason: 'unsaved' });
      flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && leave();
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      autosave.dispose();
    };
  }, [autosave, article.id, store]);

  const change = useCallback(
    (fields: Partial<ArticleFields>) => {
      if (fields.headline !== undefined) headline.current = fields.headline;
      autosave.change(fields);
    },
    [autosave],
  );

  /**
   * The side of a conflict the person did not keep becomes a revision in the archive; if even that cannot
   * be written, it stays in the recovery store on this computer.
   */
  const setAside = async (fields: Partial<ArticleFields>, baseVersion: number, headlineShown: string) => {
    try {
      await api['revisions.create']({ articleId: article.id, baseVersion, fields, label: conflictLabel });
    } catch {
      store.keep({ articleId: article.id, headline: headlineShown, fields, reason: 'conflict' });
    }
  };

  const keepMine = async () => {
    const stored = await api['articles.get']({ id: article.id });
    await setAside({}, stored.version, stored.headline);
    await autosave.keepMine(stored.version);
  };

  const takeTheirs = async () => {
    const stored = await api['articles.get']({ id: article.id });
    const mine = autosave.unsaved;
    await setAside(mine, autosave.version, headline.current);
    autosave.takeTheirs(stored.version);
    store.drop(article.id, 'unsaved');
    onReload();
  };

  return { autosave, saveState, savedAt, localFull, change, keepMine, takeTheirs, store };
}
