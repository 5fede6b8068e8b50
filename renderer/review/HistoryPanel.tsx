/**
 * The history panel: the article's revisions (kind, author, time, label put into words in the interface
 * language; an editor's run of decisions on suggestions is one entry), any one opened read-only, any two
 * compared field by field in a full-width dialog, and restore (which makes a new revision).
 */
import { useCallback, useMemo, useState } from 'react';
import type { Revision } from '../../core/article/revision';
import { historyEntries } from '../../core/review/historyEntries';
import { lexicalToPlainText } from '../../core/richtext/lexicalState';
import { useI18n } from '../i18n/I18nProvider';
import { useDates } from '../i18n/useDates';
import { CompareDialog } from './CompareDialog';
import { labelText } from './labelText';
import { useErrorText } from '../ui/useErrorText';
import { usePanelData } from '../ui/usePanelData';
import { useApi } from '../ui/ApiContext';

interface Props {
  articleId: string;
  savedVersion: number;
  flush: () => Promise<number>;
  onRestored: () => void;
}

export function HistoryPanel({ articleId, savedVersion, flush, onRestored }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const dates = useDates();
  const errorText = useErrorText();
  const load = useCallback(() => api['revisions.list']({ articleId }), [api, articleId]);
  const { data, error, setError } = usePanelData(load, savedVersion);
  const [picked, setPicked] = useState<number[]>([]);
  const [open, setOpen] = useState<Revision | null>(null);
  const [comparing, setComparing] = useState<[number, number] | null>(null);
  const list = useMemo(() => data?.items ?? [], [data]);
  const entries = useMemo(() => historyEntries(list), [list]);

  const attempt = async (action: () => Promise<void>) => {
    setError('');
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));

  /** The two ticked, or else the newest and the one before it; older first. */
  const compare = () => {
    const ids = picked.length === 2 ? picked : entries.slice(0, 2).map((e) => e.revision.id);
    const [a = 0, b = a] = [...ids].sort((x, y) => x - y);
    setComparing([a, b]);
  };

  return (
    <section className="panel history" aria-labelledby="history-title" data-testid="history-panel">
      <h2 className="panel__title" id="history-title">
        {t('history.title')}
      </h2>
      {entries.length > 1 && (
        <button type="button" className="button history__compare-top" data-testid="compare-versions" onClick={compare}>
          {t('history.compareVersions')}
        </button>
      )}
      {list.length === 0 && <p>{t('history.empty')}</p>}
      {list.length > 1 && <p className="history__hint">{t('history.pick')}</p>}
      <ol className="history__list">
        {entries.map(({ revision: r, label, revisions }) => (
          <li
            key={r.id}
            className="history__item"
            data-testid="revision"
            data-revision={r.id}
            data-revisions={revisions}
          >
            <label className="history__pick">
              <input type="checkbox" checked={picked.includes(r.id)} onChange={() => toggle(r.id)} />
              <span className="history__kind">{t(`history.kind.${r.kind}`)}</span>
              <time dateTime={r.createdAt}>{dates.dateTime(r.createdAt)}</time>
              {r.author && (
                <bdi className="history__author" dir="auto">
                  {r.author}
                </bdi>
              )}
              {(label.code !== 'text' || label.text) && (
                <span
                  className="history__label"
                  data-testid="revision-label"
                  dir={label.code === 'text' ? 'auto' : undefined}
                >
                  {labelText(label, t)}
                </span>
              )}
            </label>
            <span className="history__actions">
              <button
                type="button"
                className="button button--quiet"
                onClick={() =>
                  void attempt(async () => {
                    setOpen(await api['revisions.get']({ id: r.id }));
                  })
                }
              >
                {t('history.open')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                data-testid="restore"
                onClick={() =>
                  void attempt(async () => {
                    const baseVersion = await flush();
                    await api['revisions.restore']({ id: r.id, baseVersion });
                    onRestored();
                  })
                }
              >
                {t('history.restore')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      {picked.length === 2 && (
        <button type="button" className="button" data-testid="compare" onClick={compare}>
          {t('history.compare')}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
      {open && (
        <article className="history__view" data-testid="revision-view" aria-label={t('history.readOnly')}>
          <p className="history__readonly">{t('history.readOnly')}</p>
          <h3 dir="auto">{open.fields.headline}</h3>
          <p dir="auto">{open.fields.standfirst}</p>
          {lexicalToPlainText(open.fields.body)
            .split('\n')
            .map((line, i) => (
              <p key={i} dir="auto">
                {line}
              </p>
            ))}
          <button type="button" className="button button--quiet" onClick={() => setOpen(null)}>
            {t('history.close')}
          </button>
        </article>
      )}
      {comparing && <CompareDialog entries={entries} initial={comparing} onClose={() => setComparing(null)} />}
    </section>
  );
}
