/**
 * The history panel: the article's revisions (kind, author, time, label), any one opened read-only, any two
 * compared field by field with the inline word diff, and restore (which makes a new revision).
 */
import { useEffect, useState } from 'react';
import type { MidadApi, Response } from '../../core/api/contract';
import type { Revision } from '../../core/article/revision';
import { compareVersions, type FieldDiff } from '../../core/review/compare';
import { lexicalToPlainText } from '../../core/richtext/lexicalState';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/formatDate';
import { DiffView } from './DiffView';
import { useErrorText } from './useErrorText';

interface Props {
  api: MidadApi;
  articleId: string;
  savedVersion: number;
  flush: () => Promise<number>;
  onRestored: () => void;
}

function comparable(r: Revision) {
  return { ...r.fields, captions: r.media.map((m) => ({ mediaId: m.id, caption: m.caption })) };
}

export function HistoryPanel({ api, articleId, savedVersion, flush, onRestored }: Props) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [list, setList] = useState<Response<'revisions.list'>['items']>([]);
  const [picked, setPicked] = useState<number[]>([]);
  const [open, setOpen] = useState<Revision | null>(null);
  const [diff, setDiff] = useState<FieldDiff[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    api['revisions.list']({ articleId }).then(
      (r) => live && setList(r.items),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [api, articleId, savedVersion, errorText]);

  const attempt = async (action: () => Promise<void>) => {
    setError('');
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));

  const compare = () =>
    attempt(async () => {
      // Older on the left of the story: compare from the lower id to the higher.
      const [a, b] = await Promise.all([...picked].sort((x, y) => x - y).map((id) => api['revisions.get']({ id })));
      if (a && b) {
        setOpen(null);
        setDiff(compareVersions(comparable(a), comparable(b)));
      }
    });

  const fieldLabel = (field: string) =>
    field === 'headline'
      ? t('editor.headline')
      : field === 'standfirst'
        ? t('editor.standfirst')
        : field === 'body'
          ? t('editor.body')
          : t('comments.caption');

  return (
    <section className="panel history" aria-labelledby="history-title" data-testid="history-panel">
      <h2 className="panel__title" id="history-title">
        {t('history.title')}
      </h2>
      {list.length === 0 && <p>{t('history.empty')}</p>}
      {list.length > 1 && <p className="history__hint">{t('history.pick')}</p>}
      <ol className="history__list">
        {list.map((r) => (
          <li key={r.id} className="history__item" data-testid="revision" data-revision={r.id}>
            <label className="history__pick">
              <input type="checkbox" checked={picked.includes(r.id)} onChange={() => toggle(r.id)} />
              <span className="history__kind">{t(`history.kind.${r.kind}`)}</span>
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, locale)}</time>
              {r.author && <span className="history__author">{r.author}</span>}
              {r.label && (
                <span className="history__label" dir="auto">
                  {r.label}
                </span>
              )}
            </label>
            <span className="history__actions">
              <button
                type="button"
                className="button button--quiet"
                onClick={() =>
                  void attempt(async () => {
                    setDiff(null);
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
        <button type="button" className="button" data-testid="compare" onClick={() => void compare()}>
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
      {diff && (
        <div className="history__diff" data-testid="compare-result">
          {diff.map((d) => (
            <DiffView key={d.field} diff={d} label={fieldLabel(d.field)} unchanged={t('history.unchanged')} />
          ))}
          <button type="button" className="button button--quiet" onClick={() => setDiff(null)}>
            {t('history.close')}
          </button>
        </div>
      )}
    </section>
  );
}
