/**
 * Every version of a conflicted article (two workstations or ten): the list of all of them (author, time,
 * headline, and which of the two sides shows it: radio buttons, so the mixed Arabic and English of each row
 * reads in its own direction, which a <select>'s options cannot); the two chosen side by side with the review
 * compare's word diff between them, and "keep this version" under each. Keeping one ends the conflict with a revision whose parents are every
 * version listed here (db/sync/conflicts.ts), so the others stay in the history. A version whose status the
 * person's role may not move the article to says, above its button, that keeping it keeps the server's status.
 */
import { useId, useState } from 'react';
import { compareVersions } from '../../core/review/compare';
import { lexicalToPlainText } from '../../core/richtext/lexicalState';
import type { ConflictVersion } from '../../core/sync/newsroomContract';
import { Modal } from '../ui/Modal';
import { fieldLabel } from '../ui/fieldLabel';
import { useDates } from '../i18n/useDates';
import { useI18n } from '../i18n/I18nProvider';
import { DiffView } from '../review/DiffView';

function comparable(v: ConflictVersion) {
  return { ...v.fields, captions: v.media.map((m) => ({ mediaId: m.id, caption: m.caption })) };
}

export function ConflictView({
  versions,
  error,
  onKeep,
  onClose,
}: {
  /** Newest first, as `newsroom.conflict` gives them; at least one. */
  versions: ConflictVersion[];
  error: string;
  onKeep: (version: ConflictVersion) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const dates = useDates();
  const ids = useId();
  // The two newest side by side to begin with, older on the first side, as the review compare reads.
  const [left, setLeft] = useState(versions[1]?.revId ?? versions[0]?.revId ?? '');
  const [right, setRight] = useState(versions[0]?.revId ?? '');
  const byId = (id: string) => versions.find((v) => v.revId === id) ?? versions[0];
  const shown = [byId(left), byId(right)].filter((v): v is ConflictVersion => v !== undefined);
  const [before, after] = shown;
  const who = (v: ConflictVersion) =>
    t('syncConflict.version', { author: v.authorName || v.author, time: dates.dateTime(v.createdAt) });
  const headline = (v: ConflictVersion) => v.fields.headline.trim() || t('syncConflict.untitled');
  const diffs =
    before && after && before.revId !== after.revId
      ? compareVersions(comparable(before), comparable(after)).filter((d) => d.changed)
      : null;
  return (
    <Modal title={t('syncConflict.title', { count: versions.length })} onClose={onClose} testId="conflict-view" wide>
      <p className="conflict-view__hint">{t('syncConflict.keepHint')}</p>
      <section className="conflict-view__all" aria-labelledby={`${ids}-all`}>
        <h3 id={`${ids}-all`} className="conflict-view__heading">
          {t('syncConflict.all')}
        </h3>
        <ol className="conflict-view__list">
          {versions.map((v) => (
            <li key={v.revId} data-testid="conflict-head" data-rev={v.revId}>
              <span className="conflict-view__who" id={`${ids}-h${v.revId}`}>
                {who(v)}
              </span>
              <bdi className="conflict-view__list-headline" dir="auto">
                {headline(v)}
              </bdi>
              <span className="conflict-view__sides">
                {(['left', 'right'] as const).map((side) => (
                  <label key={side} className="conflict-view__side">
                    <input
                      type="radio"
                      name={`${ids}-${side}`}
                      value={v.revId}
                      checked={(side === 'left' ? left : right) === v.revId}
                      onChange={() => (side === 'left' ? setLeft : setRight)(v.revId)}
                      aria-describedby={`${ids}-h${v.revId}`}
                      data-testid={`conflict-pick-${side}`}
                    />
                    {t(`syncConflict.${side}`)}
                  </label>
                ))}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <div className="conflict-view__versions">
        {shown.map((v, i) => (
          <article
            key={`${i}-${v.revId}`}
            className="conflict-view__version"
            data-testid="conflict-version"
            aria-labelledby={`${ids}-v${i}`}
          >
            <h3 className="conflict-view__who" id={`${ids}-v${i}`}>
              {who(v)}
            </h3>
            <p className="conflict-view__headline" dir="auto">
              {v.fields.headline}
            </p>
            {v.fields.standfirst && <p dir="auto">{v.fields.standfirst}</p>}
            <p className="conflict-view__body" dir="auto">
              {lexicalToPlainText(v.fields.body)}
            </p>
            {v.resolvedStatus !== v.fields.status && (
              <p className="conflict-view__status-kept" id={`${ids}-s${i}`} data-testid="conflict-status-kept">
                {t('syncConflict.statusKept', {
                  server: t(`status.${v.resolvedStatus}`),
                  status: t(`status.${v.fields.status}`),
                })}
              </p>
            )}
            <button
              type="button"
              className="button button--primary"
              aria-describedby={`${ids}-v${i}${v.resolvedStatus !== v.fields.status ? ` ${ids}-s${i}` : ''}`}
              onClick={() => onKeep(v)}
            >
              {t('syncConflict.keep')}
            </button>
          </article>
        ))}
      </div>
      <section className="conflict-view__diff" aria-labelledby={`${ids}-diff`}>
        <h3 id={`${ids}-diff`} className="conflict-view__heading">
          {t('syncConflict.differences')}
        </h3>
        {diffs === null ? (
          <p>{t('syncConflict.sameVersion')}</p>
        ) : diffs.length === 0 ? (
          <p>{t('syncConflict.noDifference')}</p>
        ) : (
          diffs.map((d) => <DiffView key={d.field} diff={d} label={fieldLabel(d.field, t)} unchanged="" />)
        )}
      </section>
      {error && (
        <p role="alert" className="conflict-view__error">
          {error}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('syncConflict.close')}
        </button>
      </div>
    </Modal>
  );
}
