/** Words, characters with and without harakat, and reading time, for the whole body and for the selection. */
import { useMemo } from 'react';
import { countText, readingMinutes, type TextCounts } from '../../core/arabic/count';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
// proofing: the status under the counts
import { ProofingStatus } from '../proofing/ProofingStatus';

/** `counts` is the whole body's, counted by the caller when typing settles; the selection is counted here. */
export function CountsPanel({ counts: whole, selection }: { counts: TextCounts; selection: string }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const part = useMemo(() => (selection ? countText(selection) : null), [selection]);
  const wpm = settings.readingWordsPerMinute;
  const rows = [
    { key: 'words', label: t('counts.words'), whole: whole.words, part: part?.words },
    { key: 'characters', label: t('counts.characters'), whole: whole.characters, part: part?.characters },
    {
      key: 'harakat',
      label: t('counts.charactersWithHarakat'),
      whole: whole.charactersWithHarakat,
      part: part?.charactersWithHarakat,
    },
    {
      key: 'reading',
      label: t('counts.readingTime'),
      whole: t('counts.minutes', { count: readingMinutes(whole.words, wpm) }),
      part: part ? t('counts.minutes', { count: readingMinutes(part.words, wpm) }) : undefined,
    },
  ];
  return (
    <section className="panel" aria-labelledby="counts-title">
      <h2 className="panel__title" id="counts-title">
        {t('counts.title')}
      </h2>
      <table className="counts" data-testid="counts">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('counts.article')}</th>
            <th scope="col">{t('counts.selection')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`counts-${row.key}`}>
              <th scope="row">{row.label}</th>
              <td data-testid={`counts-${row.key}-whole`}>{row.whole}</td>
              <td data-testid={`counts-${row.key}-selection`}>{row.part ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ProofingStatus />
    </section>
  );
}
