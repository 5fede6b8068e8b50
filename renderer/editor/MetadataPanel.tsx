/**
 * The article's news fields beside the text: section, byline, dateline (city and agency, shown as it will
 * print), tags, urgency, embargo, status and the note to editors. Every change goes to autosave.
 */
import { useId, useState } from 'react';
import type { ArticleFields } from '../../core/article/schema';
import { AGENCIES, AGENCY_CODES, type AgencyCode } from '../../core/article/agencies';
import { renderDateline } from '../../core/article/dateline';
import { EmbargoField } from './EmbargoField';
import { StatusOptions } from './StatusOptions';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { Field, FieldGroup, FieldHint } from '../ui/Field';
import { TextField } from '../ui/TextField';

type Meta = Pick<
  ArticleFields,
  'section' | 'byline' | 'dateline' | 'tags' | 'urgency' | 'embargoUntil' | 'status' | 'edNote'
>;

interface Props {
  value: Meta;
  onChange: (fields: Partial<Meta>) => void;
}

/** Tags as typed: separated by a Latin or an Arabic comma. */
function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,،]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** `<input type=datetime-local>` speaks local time without a zone; the archive keeps an ISO instant. */
export function MetadataPanel({ value, onChange }: Props) {
  const { t, locale } = useI18n();
  const { settings } = useSettings();
  const sectionsId = useId();
  const [tagText, setTagText] = useState(value.tags.join(locale === 'ar' ? '، ' : ', '));
  const dateline = renderDateline(value.dateline);

  return (
    <section className="panel" aria-labelledby="details-title">
      <h2 className="panel__title" id="details-title">
        {t('editor.details')}
      </h2>
      <div className="form-grid">
        <Field label={t('editor.status')}>
          <select
            className="input"
            value={value.status}
            onChange={(e) => onChange({ status: e.target.value as Meta['status'] })}
          >
            <StatusOptions />
          </select>
        </Field>
        <TextField
          label={t('editor.section')}
          list={sectionsId}
          value={value.section}
          onChange={(section) => onChange({ section })}
        >
          {/* The newsroom's sections (settings) offered as the person types; anything else may still be typed. */}
          <datalist id={sectionsId} data-testid="sections-list">
            {settings.sections.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </TextField>
        <TextField label={t('editor.byline')} value={value.byline} onChange={(byline) => onChange({ byline })} />
        <FieldGroup label={t('editor.dateline')}>
          <div className="form-row">
            <TextField
              label={t('editor.dateline.city')}
              value={value.dateline.city}
              onChange={(city) => onChange({ dateline: { ...value.dateline, city } })}
            />
            <Field label={t('editor.dateline.agency')}>
              <select
                className="input"
                value={value.dateline.agency ?? ''}
                onChange={(e) =>
                  onChange({ dateline: { ...value.dateline, agency: (e.target.value || null) as AgencyCode | null } })
                }
              >
                <option value="">{t('editor.dateline.noAgency')}</option>
                {AGENCY_CODES.map((code) => (
                  <option key={code} value={code}>
                    {locale === 'ar' ? AGENCIES[code].ar : AGENCIES[code].en}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {dateline && (
            <output className="dateline-preview" dir="rtl" lang="ar" data-testid="dateline-preview">
              {dateline}
            </output>
          )}
        </FieldGroup>
        <TextField
          label={t('editor.tags')}
          value={tagText}
          hint={{ id: 'tags', text: t('editor.tags.hint') }}
          onChange={(text) => {
            setTagText(text);
            onChange({ tags: parseTags(text) });
          }}
        />
        <div className="form-row">
          <Field label={t('editor.urgency')}>
            <select
              className="input"
              value={value.urgency}
              aria-describedby="urgency-hint"
              onChange={(e) => onChange({ urgency: Number(e.target.value) })}
            >
              {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <FieldHint id="urgency">{t('editor.urgency.hint')}</FieldHint>
          </Field>
        </div>
        <EmbargoField value={value.embargoUntil} onChange={(embargoUntil) => onChange({ embargoUntil })} />
        <TextField
          label={t('editor.edNote')}
          rows={3}
          value={value.edNote}
          onChange={(edNote) => onChange({ edNote })}
        />
      </div>
    </section>
  );
}
