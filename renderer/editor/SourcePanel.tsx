/**
 * What an import kept beside the news fields: rights and subjects, which a journalist edits
 * (every change goes to autosave like the other fields), and the source's own record, shown as it came:
 * genres, the source's dates next to the import time, media the source linked, and each picture's files at
 * the agency, never downloaded (no network at run time), with address, size and type.
 */
import { useState } from 'react';
import type { ArticleFields, Classification, Media, Rendition, Rights } from '../../core/article/schema';
import { formatDateTime } from '../i18n/formatDate';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { FieldGroup } from '../ui/Field';
import { TextField } from '../ui/TextField';
import { RenditionList } from './RenditionList';
import { SourceSection } from './SourceSection';
import { EntityLists } from './EntityList';

export type SourceFields = Pick<ArticleFields, 'rights' | 'classification' | 'source' | 'references' | 'entities'>;

interface Props {
  value: SourceFields;
  media: readonly Media[];
  onChange: (fields: Partial<SourceFields>) => void;
}

const NO_RIGHTS: Rights = { copyrightNotice: '', usageTerms: '', copyrightHolder: '' };

/** Subjects or genres in runs of one vocabulary, so a long scheme URI is written once above its codes. */
function byScheme(items: readonly Classification[]): Array<{ scheme: string; items: Classification[] }> {
  const groups: Array<{ scheme: string; items: Classification[] }> = [];
  for (const c of items) {
    const last = groups.at(-1);
    if (last && last.scheme === c.scheme) last.items.push(c);
    else groups.push({ scheme: c.scheme, items: [c] });
  }
  return groups;
}

/** One vocabulary's subjects or genres: the scheme once, then each name with its code; `onRemove` for subjects. */
function ConceptGroups({
  items,
  testId,
  onRemove,
}: {
  items: readonly Classification[];
  testId: string;
  onRemove?: (c: Classification) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="source-groups" data-testid={testId}>
      {byScheme(items).map((group, g) => (
        <div key={g} className="source-group">
          {group.scheme && (
            <p className="source-list__detail source-group__scheme">
              {t('source.concept.scheme', { scheme: group.scheme })}
            </p>
          )}
          <ul className="source-list">
            {group.items.map((c, i) => (
              <li key={i} className="source-list__item">
                <span className="source-list__text">
                  <bdi className="source-list__name">{c.name || c.code}</bdi>
                  {c.code && c.name && (
                    <span className="source-list__detail">{t('source.concept.code', { code: c.code })}</span>
                  )}
                </span>
                {onRemove && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('source.subjects.remove', { name: c.name || c.code })}
                    onClick={() => onRemove(c)}
                  >
                    {t('source.subjects.removeButton')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function SourcePanel({ value, media, onChange }: Props) {
  const { t, locale } = useI18n();
  const { settings } = useSettings();
  const [newSubject, setNewSubject] = useState('');
  const rights = value.rights ?? NO_RIGHTS;
  const classification = value.classification ?? [];
  const subjects = classification.filter((c) => c.kind === 'subject');
  const genres = classification.filter((c) => c.kind === 'genre');
  const source = value.source;
  const references = value.references ?? [];
  const pictures = media.filter((m) => m.renditions?.length);
  const when = (iso: string) => formatDateTime(iso, locale, settings.digits);

  const setRights = (patch: Partial<Rights>) => onChange({ rights: { ...rights, ...patch } });
  const removeSubject = (target: Classification) =>
    onChange({ classification: classification.filter((c) => c !== target) });
  const addSubject = () => {
    const name = newSubject.trim();
    if (!name) return;
    if (!subjects.some((s) => s.name === name))
      onChange({ classification: [...classification, { kind: 'subject', scheme: '', code: '', name }] });
    setNewSubject('');
  };

  const dates: Array<[string, string]> = [];
  if (source?.firstCreated) dates.push([t('source.firstCreated'), when(source.firstCreated)]);
  if (source?.versionCreated) dates.push([t('source.versionCreated'), when(source.versionCreated)]);
  if (source?.importedAt) dates.push([t('source.importedAt'), when(source.importedAt)]);
  if (source?.eventStart)
    dates.push([
      t('source.event'),
      source.eventEnd ? t('source.event.range', { start: source.eventStart, end: source.eventEnd }) : source.eventStart,
    ]);
  if (source?.located) dates.push([t('source.located'), source.located]);

  return (
    <section className="panel source-panel" aria-labelledby="source-title" data-testid="source-panel">
      <h2 className="panel__title" id="source-title">
        {t('source.title')}
      </h2>
      <div className="form-grid">
        <FieldGroup label={t('source.rights')}>
          <TextField
            label={t('source.rights.notice')}
            rows={2}
            value={rights.copyrightNotice}
            onChange={(copyrightNotice) => setRights({ copyrightNotice })}
          />
          <TextField
            label={t('source.rights.holder')}
            value={rights.copyrightHolder}
            onChange={(copyrightHolder) => setRights({ copyrightHolder })}
          />
          <TextField
            label={t('source.rights.terms')}
            rows={2}
            value={rights.usageTerms}
            onChange={(usageTerms) => setRights({ usageTerms })}
          />
        </FieldGroup>

        <FieldGroup label={t('source.subjects')}>
          {subjects.length === 0 ? (
            <p className="form-field__hint">{t('source.subjects.none')}</p>
          ) : (
            <ConceptGroups items={subjects} testId="subjects" onRemove={removeSubject} />
          )}
          <div className="source-add">
            <TextField
              label={t('source.subjects.add')}
              value={newSubject}
              onChange={setNewSubject}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addSubject();
                }
              }}
            />
            <button type="button" className="button button--small" onClick={addSubject}>
              {t('source.subjects.addButton')}
            </button>
          </div>
        </FieldGroup>

        {genres.length > 0 && (
          <SourceSection title={t('source.genres')}>
            <ConceptGroups items={genres} testId="genres" />
          </SourceSection>
        )}

        <EntityLists entities={value.entities} />

        {dates.length > 0 && (
          <SourceSection title={t('source.dates')}>
            <dl className="source-dates" data-testid="source-dates">
              {dates.map(([label, text]) => (
                <div key={label} className="source-dates__row">
                  <dt>{label}</dt>
                  <dd>
                    <bdi>{text}</bdi>
                  </dd>
                </div>
              ))}
            </dl>
          </SourceSection>
        )}

        {references.length > 0 && (
          <SourceSection title={t('source.references')}>
            <ul className="source-list" data-testid="references">
              {references.map((r, i) => (
                <li key={i} className="source-list__item source-list__item--block">
                  <bdi className="source-list__name">{r.title || t(`source.kind.${r.kind}`)}</bdi>
                  <span className="source-list__detail">
                    {t('source.reference.kind', { kind: t(`source.kind.${r.kind}`) })}
                  </span>
                  {r.caption && <bdi className="source-list__caption">{r.caption}</bdi>}
                  {r.credit && <bdi className="source-list__detail">{r.credit}</bdi>}
                  <RenditionList renditions={r.renditions} />
                </li>
              ))}
            </ul>
          </SourceSection>
        )}

        {pictures.length > 0 && (
          <SourceSection title={t('source.pictures')}>
            <ul className="source-list" data-testid="picture-renditions">
              {pictures.map((m) => (
                <li key={m.id} className="source-list__item source-list__item--block">
                  <bdi className="source-list__name">
                    {m.caption || t('source.picture', { n: media.indexOf(m) + 1 })}
                  </bdi>
                  <RenditionList renditions={m.renditions as Rendition[]} />
                </li>
              ))}
            </ul>
          </SourceSection>
        )}
      </div>
    </section>
  );
}
