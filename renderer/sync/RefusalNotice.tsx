/**
 * In the editor of an article holding a change the newsroom server refused: what was refused and why (a
 * move the person's role may not make, or a version larger than the server accepts), and the two ways on:
 * take the server's version (the local text stays in the article's history, restorable) or keep it and send
 * it again (after an editor changed the role, or the server's limit was raised). Asked again whenever the
 * number of refused articles in the newsroom status changes, so it appears and goes without a reload.
 */
import { useEffect, useId, useState } from 'react';
import type { ArticleRefusal } from '../../core/sync/newsroomContract';
import { useI18n } from '../i18n/I18nProvider';
import { useApi } from '../ui/ApiContext';
import { useErrorText } from '../ui/useErrorText';
import { useNewsroom } from './NewsroomProvider';
import { refusedByOldRules } from './refusedByOldRules';

export function RefusalNotice({
  articleId,
  savedVersion,
  flush,
  onTaken,
}: {
  articleId: string;
  /** The article's saved version: a save can make or end a refusal, so the notice asks again after one. */
  savedVersion: number;
  /** Saves what is typed first, so the version kept in the history is the one on screen. */
  flush: () => Promise<number>;
  onTaken: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { status, refresh } = useNewsroom();
  const refusedCount = status?.refused ?? 0;
  const [refusal, setRefusal] = useState<ArticleRefusal | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const sentenceId = useId();

  useEffect(() => {
    let live = true;
    if (refusedCount === 0) return;
    api['newsroom.refusal']({ id: articleId }).then(
      (r) => live && setRefusal(r),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api, articleId, refusedCount, savedVersion]);

  // No refused article in the newsroom at all: whatever was read before is over.
  // What was done is said in a banner of the same place (a live region, so no landmark is needed).
  if (refusedCount === 0 || !refusal?.refused)
    return message ? (
      <p className="banner banner--notice" role="status">
        {message}
      </p>
    ) : null;

  // A move this Midad's rules let the person make was refused by the server's older rules: said as such.
  const what = refusal.move
    ? t(refusedByOldRules(refusal, status) ? 'syncRefused.oldRules' : 'syncRefused.move', {
        from: t(`status.${refusal.move.from}`),
        to: t(`status.${refusal.move.to}`),
      })
    : t(refusal.tooLarge ? 'syncRefused.tooLarge' : 'syncRefused.other');

  const act = async (action: 'discard' | 'retry') => {
    setBusy(true);
    setMessage('');
    try {
      if (action === 'discard') {
        await flush();
        await api['newsroom.discardRefused']({ id: articleId, label: t('syncRefused.keptLabel') });
        setRefusal(null);
        refresh();
        onTaken();
      } else {
        refresh(await api['newsroom.retryRefused']({ id: articleId }));
        setRefusal(null);
        setMessage(t('syncRefused.retried'));
      }
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="banner banner--warning refusal-notice"
      // A landmark of its own (it sits above the page, outside <main>), named by its sentence.
      role="region"
      aria-labelledby={sentenceId}
      data-testid="refusal-notice"
    >
      <span id={sentenceId}>{what}</span>
      {refusal.serverStatus !== null && <span className="refusal-notice__hint">{t('syncRefused.discardHint')}</span>}
      {refusal.serverStatus !== null && (
        <button type="button" className="button" disabled={busy} onClick={() => void act('discard')}>
          {t('syncRefused.discard')}
        </button>
      )}
      <button type="button" className="button" disabled={busy} onClick={() => void act('retry')}>
        {t('syncRefused.retry')}
      </button>
      {message && <span role="alert">{message}</span>}
    </div>
  );
}
