/**
 * Two versions compared field by field, in a dialog as wide as the window: the diff of a long body does not
 * fit the 300 px sidebar. Which two is chosen here (older, newer), starting from those ticked in the history.
 */
import { useEffect, useState } from 'react';
import type { Revision } from '../../core/article/revision';
import { compareVersions, type FieldDiff } from '../../core/review/compare';
import type { HistoryEntry } from '../../core/review/historyEntries';
import { Modal } from '../ui/Modal';
import { useI18n } from '../i18n/I18nProvider';
import { useDates } from '../i18n/useDates';
import { DiffView } from './DiffView';
import { labelText } from './labelText';
import { useErrorText } from '../ui/useErrorText';
import { fieldLabel } from '../ui/fieldLabel';
import { useApi } from '../ui/ApiContext';

interface Props {
  entries: HistoryEntry[];
  /** Revision ids to start from, older first. */
  initial: [number, number];
  onClose: () => void;
}

function comparable(r: Revision) {
  return { ...r.fields, captions: r.media.map((m) => ({ mediaId: m.id, caption: m.caption })) };
}

export function CompareDialog({ entries, initial, onClose }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const dates = useDates();
  const errorText = useErrorText();
  const [older, setOlder] = useState(initial[0]);
  const [newer, setNewer] = useState(initial[1]);
  const [result, setResult] = useState<{ key: string; diff: FieldDiff[] } | null>(null);
  const [error, setError] = useState('');
  const key = `${older}:${newer}`;

  useEffect(() => {
    if (older === newer) return;
    let live = true;
    // Older on the right of the story: compare from the lower id to the higher.
    const [a, b] = older < newer ? [older, newer] : [newer, older];
    Promise.all([api['revisions.get']({ id: a }), api['revisions.get']({ id: b })]).then(
      ([ra, rb]) => live && setResult({ key, diff: compareVersions(comparable(ra), comparable(rb)) }),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [api, older, newer, key, errorText]);

  const options = entries.map((e) => (
    <option key={e.revision.id} value={e.revision.id}>
      {`${dates.dateTime(e.revision.createdAt)} · ${t(`history.kind.${e.revision.kind}`)}`}
      {e.label.code === 'text' && !e.label.text ? '' : ` · ${labelText(e.label, t)}`}
    </option>
  ));
  const diff = result?.key === key ? result.diff : null;

  return (
    <Modal title={t('compare.title')} onClose={onClose} testId="compare-dialog" wide>
      <div className="compare__pick">
        <label>
          {t('compare.older')}
          <select value={older} onChange={(e) => setOlder(Number(e.target.value))} data-testid="compare-older">
            {options}
          </select>
        </label>
        <label>
          {t('compare.newer')}
          <select value={newer} onChange={(e) => setNewer(Number(e.target.value))} data-testid="compare-newer">
            {options}
          </select>
        </label>
      </div>
      {older === newer && <p>{t('compare.same')}</p>}
      {error && <p role="alert">{error}</p>}
      {diff && older !== newer && (
        <div className="compare__result" data-testid="compare-result">
          {diff.map((d) => (
            <DiffView key={d.field} diff={d} label={fieldLabel(d.field, t)} unchanged={t('history.unchanged')} />
          ))}
        </div>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('compare.close')}
        </button>
      </div>
    </Modal>
  );
}
