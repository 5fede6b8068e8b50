/**
 * A picture's or a linked media item's files at the source: each one's name, type, size and
 * address, marked "not downloaded" because Midad never fetches them. The address is text to copy, not a
 * link: the workstation has no network at run time.
 */
import type { Rendition } from '../../core/article/schema';
import { useI18n } from '../i18n/I18nProvider';

const FOLD_AFTER = 2;

export function RenditionList({ renditions }: { renditions: readonly Rendition[] }) {
  const { t } = useI18n();
  if (renditions.length === 0) return null;
  const sizeText = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('source.rendition.megabytes', { size: (bytes / 1024 / 1024).toFixed(1) })
      : t('source.rendition.kilobytes', { size: Math.max(1, Math.round(bytes / 1024)) });
  const facts = (r: Rendition): string[] => [
    ...(r.name ? [r.name] : []),
    ...(r.contentType ? [r.contentType] : []),
    ...(r.width && r.height ? [t('source.rendition.pixels', { width: r.width, height: r.height })] : []),
  ];
  const list = (
    <ul className="renditions" data-testid="renditions">
      {renditions.map((r, i) => (
        <li key={i} className="renditions__item">
          <span className="renditions__facts">
            <bdi dir="ltr">{facts(r).join(' · ')}</bdi>
            {r.sizeInBytes !== null && <span>{sizeText(r.sizeInBytes)}</span>}
            <span className="renditions__state">{t('source.rendition.notDownloaded')}</span>
          </span>
          <bdi dir="ltr" className="renditions__href">
            {r.href}
          </bdi>
        </li>
      ))}
    </ul>
  );
  // A video's ten files would fill the column: past two, they are folded under a line that counts them.
  if (renditions.length <= FOLD_AFTER) return list;
  return (
    <details className="renditions__fold">
      <summary>{t('source.renditions.folded', { count: renditions.length })}</summary>
      {list}
    </details>
  );
}
