/** Filters for the archive list: status, section, byline and the day range of the last update (DayField). */
import { useEffect, useState } from 'react';
import type { ListFilter } from '../../core/article/listFilter';
import type { Status } from '../../core/article/status';
import { StatusOptions } from '../editor/StatusOptions';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from '../ui/Field';
import { TextField } from '../ui/TextField';
import { DayField } from './DayField';

const TYPING_PAUSE_MS = 300;

export function ArchiveFilters({ onChange }: { onChange: (filter: ListFilter) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ListFilter>({});
  const [cleared, setCleared] = useState(0);
  useEffect(() => {
    // Only what is filled in is sent; typing settles before the list is asked again.
    const timer = setTimeout(() => {
      const clean = Object.fromEntries(
        Object.entries(draft).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
      );
      onChange(clean as ListFilter);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, onChange]);
  const set = (patch: Partial<ListFilter>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <form className="filters" aria-label={t('archive.filters')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('archive.filter.status')}>
        <select
          className="input"
          value={draft.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as Status | undefined })}
        >
          <option value="">{t('archive.filter.anyStatus')}</option>
          <StatusOptions />
        </select>
      </Field>
      <TextField
        label={t('archive.filter.section')}
        value={draft.section ?? ''}
        onChange={(section) => set({ section })}
      />
      <TextField label={t('archive.filter.byline')} value={draft.byline ?? ''} onChange={(byline) => set({ byline })} />
      {/* Remounted by "Clear filters", so the boxes empty with the filter. */}
      <DayField
        key={`from-${cleared}`}
        label={t('archive.filter.from')}
        onChange={(day) => set({ updatedFrom: day })}
      />
      <DayField key={`to-${cleared}`} label={t('archive.filter.to')} onChange={(day) => set({ updatedTo: day })} />
      {/* Its own column, the button on the boxes' row. */}
      <div className="filters__actions">
        <button
          type="reset"
          className="button button--quiet filters__clear"
          onClick={() => {
            setDraft({});
            setCleared((n) => n + 1);
          }}
        >
          {t('archive.filter.clear')}
        </button>
      </div>
    </form>
  );
}
