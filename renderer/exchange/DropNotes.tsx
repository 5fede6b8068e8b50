/**
 * Under a dropped file's line in the summary: for each article it added, what the import kept and, as
 * warnings, what it did not, in the person's language and in the order `midad import` prints them.
 * The article's headline is named only when the file added more than one.
 */
import { importNoteLines } from '../../core/i18n/importNoteText';
import { useI18n } from '../i18n/I18nProvider';
import type { DroppedArticle } from './dropImport';

export function DropNotes({ articles }: { articles: readonly DroppedArticle[] }) {
  const { t, locale } = useI18n();
  const withNotes = articles.filter((a) => a.notes.length > 0);
  if (withNotes.length === 0) return null;
  return (
    <ul className="file-drop__notes" data-testid="drop-notes">
      {withNotes.map((a, i) => {
        const { kept, warnings } = importNoteLines(locale, a.notes);
        return (
          <li key={i}>
            {articles.length > 1 && (
              <span className="file-drop__article">
                {t('drop.article', { headline: a.headline || t('archive.untitled') })}
              </span>
            )}
            {kept && <span className="file-drop__kept">{kept}</span>}
            {warnings.map((w, j) => (
              <span key={j} className="file-drop__warning">
                {w}
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
