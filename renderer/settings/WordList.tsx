/**
 * One of Settings → Proofing's word lists: the words the person added to the dictionary, or chose to ignore,
 * from the editor's menu; each with a button that takes it off the list (its name says which word).
 */
import { useI18n } from '../i18n/I18nProvider';

export function WordList({
  kind,
  words,
  onRemove,
}: {
  kind: 'added' | 'ignored';
  /** Null while the archive has not answered: the list reads as empty until it does. */
  words: readonly string[] | null;
  onRemove: (word: string) => void;
}) {
  const { t } = useI18n();
  const titleId = `proofing-${kind}`;
  return (
    <div className="form-field">
      <h3 className="form-field__label" id={titleId}>
        {t(`settings.proofing.${kind}`)}
      </h3>
      {words && words.length > 0 ? (
        <ul className="proofing-words" aria-labelledby={titleId}>
          {words.map((word) => (
            <li key={word} className="proofing-words__item">
              <span dir="auto">{word}</span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('settings.proofing.remove', { word })}
                onClick={() => onRemove(word)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="form-field__hint">{t('settings.proofing.noWords')}</p>
      )}
    </div>
  );
}
