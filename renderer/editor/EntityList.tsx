/**
 * The people, organisations and places the agency named, shown as they came (core/article/entities.ts):
 * each name, how the story relates to it, its identifier, and what the source gave besides (a place's
 * country code and point, an address, a phone or page, an organisation's ticker). Read-only, as genres are:
 * they are the agency's record, exported again as it sent them. Identifiers and addresses are text to
 * copy, never links: the workstation has no network at run time.
 */
import {
  countryCodeOf,
  ENTITY_KINDS,
  type ContactInfo,
  type Entities,
  type Organisation,
  type Person,
  type Place,
} from '../../core/article/entities';
import { useI18n } from '../i18n/I18nProvider';
import { SourceSection } from './SourceSection';

type Entity = Person & Partial<Organisation> & Partial<Place>;

/** The relations ninjs examples use, put into words; any other `rel` is shown as the source wrote it. */
const KNOWN_RELS = new Set(['about', 'mentions']);

function addressText(c: ContactInfo): string {
  const a = c.address;
  return a ? [...(a.lines ?? []), a.area, a.locality, a.postalCode, a.country].filter(Boolean).join(', ') : '';
}

function EntityItem({ entity }: { entity: Entity }) {
  const { t } = useI18n();
  const identifier = entity.uri ?? entity.literal;
  const country = countryCodeOf(entity);
  // An address reads in its own script; a phone number or a page's address always left to right.
  const contacts = (entity.contactInfo ?? [])
    .map((c) => (addressText(c) ? { text: addressText(c), dir: 'auto' } : { text: c.value ?? '', dir: 'ltr' }))
    .filter((c) => c.text);
  return (
    <li className="source-list__item">
      <span className="source-list__text">
        <bdi className="source-list__name">{entity.name || identifier}</bdi>
        <span className="entity-facts">
          {entity.rel && (
            <span className="source-list__detail">
              {KNOWN_RELS.has(entity.rel)
                ? t(`source.entity.rel.${entity.rel as 'about' | 'mentions'}`)
                : t('source.entity.rel', { rel: entity.rel })}
            </span>
          )}
          {country && <span className="source-list__detail">{t('source.entity.country', { code: country })}</span>}
          {entity.geo && (
            <span className="source-list__detail">
              {t('source.entity.point', { lat: entity.geo.latitude, lon: entity.geo.longitude })}
            </span>
          )}
          {(entity.symbols ?? []).map((s, i) => (
            <bdi key={i} dir="ltr" className="source-list__detail">
              {s.exchange ? `${s.exchange}: ${s.symbol}` : s.symbol}
            </bdi>
          ))}
        </span>
        {contacts.map((c, i) => (
          <bdi key={i} dir={c.dir} className="source-list__detail">
            {c.text}
          </bdi>
        ))}
        {entity.name && identifier && (
          <span className="source-list__detail">{t('source.entity.id', { id: identifier })}</span>
        )}
      </span>
    </li>
  );
}

/** One list per kind the article has, each under its heading; nothing when the agency named none. */
export function EntityLists({ entities }: { entities: Entities | undefined }) {
  const { t } = useI18n();
  const kinds = ENTITY_KINDS.filter((kind) => (entities?.[kind]?.length ?? 0) > 0);
  return kinds.map((kind) => (
    <SourceSection key={kind} title={t(`source.entities.${kind}`)}>
      <ul className="source-list entity-list" data-testid={`entities-${kind}`}>
        {(entities?.[kind] as Entity[]).map((entity, i) => (
          <EntityItem key={i} entity={entity} />
        ))}
      </ul>
    </SourceSection>
  ));
}
