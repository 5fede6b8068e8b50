/**
 * Suggesting mode on the headline and standfirst (core/review/fieldSuggestions.ts). In suggesting mode the
 * text box holds the person's own proposal and typing changes only that; the field's words stay. Under the
 * field, every pending proposal shows as the body's marks do, the words taken out struck through and the
 * words put in underlined, with its author, and accept and reject beside it.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ArticleFields, SuggestibleField } from '../../core/article/schema';
import { diffWords } from '../../core/review/diff';
import { ownFieldSuggestion, suggestFieldEdit } from '../../core/review/fieldSuggestions';
import type { Decision } from '../../core/review/suggestions';
import type { Profile } from '../../core/settings/schema';
import { useI18n } from '../i18n/I18nProvider';
import { useErrorText } from '../ui/useErrorText';
import { useApi } from '../ui/ApiContext';
import { textDir } from '../i18n/textDir';

type Fields = Pick<ArticleFields, 'headline' | 'standfirst' | 'fieldSuggestions'>;

/**
 * What a plain field's box shows and where its typing goes: the field itself, or (with `author`, in
 * suggesting mode) the author's own proposal for it.
 */
export function useSuggestedField(
  field: SuggestibleField,
  fields: Fields,
  author: Profile | null,
  edit: (patch: Partial<ArticleFields>) => void,
): { value: string; onChange: (next: string) => void } {
  const own = author ? ownFieldSuggestion(fields.fieldSuggestions, field, author) : null;
  const current = fields[field];
  const list = fields.fieldSuggestions;
  const onChange = useCallback(
    (next: string) => {
      if (!author) return edit({ [field]: next });
      const fieldSuggestions = suggestFieldEdit(
        list,
        { field, author, current, next },
        () => crypto.randomUUID(),
        new Date(),
      );
      edit({ fieldSuggestions });
    },
    [author, current, edit, field, list],
  );
  return { value: own?.to ?? current, onChange };
}

interface MarksProps {
  field: SuggestibleField;
  fields: Fields;
  dir: 'rtl' | 'ltr';
  articleId: string;
  /** Saves what is typed and gives the version the archive then holds. */
  flush: () => Promise<number>;
  onDecided: () => void;
}

/** The pending proposals for one field, each as a line of marks with its author and decisions. */
export function FieldSuggestionMarks({ field, fields, dir, articleId, flush, onDecided }: MarksProps) {
  const { t } = useI18n();
  const api = useApi();
  const errorText = useErrorText();
  const [error, setError] = useState('');
  const current = fields[field];
  const mine = useMemo(
    () => (fields.fieldSuggestions ?? []).filter((s) => s.field === field),
    [fields.fieldSuggestions, field],
  );
  if (mine.length === 0) return null;
  const decide = async (id: string, decision: Decision) => {
    setError('');
    try {
      const baseVersion = await flush();
      await api['suggestions.decide']({ id: articleId, baseVersion, ids: [id], decision });
      onDecided();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div className="field-suggestions" data-testid={`field-suggestions-${field}`}>
      {mine.map((s) => (
        <p key={s.id} className="field-suggestion" data-testid="field-suggestion" data-id={s.id}>
          <span className="field-suggestion__text" dir={dir}>
            {diffWords(current, s.to).map((part, i) =>
              part.kind === 'insert' ? (
                <ins key={i} className="suggestion suggestion--insert" title={s.author.name}>
                  {part.text}
                </ins>
              ) : part.kind === 'delete' ? (
                <del key={i} className="suggestion suggestion--delete" title={s.author.name}>
                  {part.text}
                </del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </span>
          <span className="field-suggestion__by">
            <bdi dir="auto">{s.author.name}</bdi>
          </span>
          <span className="field-suggestion__actions">
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('suggestions.field.accept', { name: s.author.name })}
              onClick={() => void decide(s.id, 'accept')}
            >
              {t('suggestions.accept')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('suggestions.field.reject', { name: s.author.name })}
              onClick={() => void decide(s.id, 'reject')}
            >
              {t('suggestions.reject')}
            </button>
          </span>
        </p>
      ))}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

/**
 * A headline or standfirst proposal in the suggestions panel: the word diff while pending (`from` is the
 * field's current words), only the proposed words once decided (the ledger keeps no `from`).
 */
export function ReplacedWords({ from, to }: { from: string | undefined; to: string }) {
  if (from === undefined) return <ins dir={textDir(to)}>{to}</ins>;
  return (
    <span dir={textDir(`${from} ${to}`)}>
      {diffWords(from, to).map((part, i) =>
        part.kind === 'insert' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.kind === 'delete' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
