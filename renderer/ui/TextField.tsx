/**
 * A labelled line or box of free text (a byline, a section, a rights notice), the row the news fields, the
 * source panel and the archive's filters all repeat: `dir="auto"`, so an Arabic and a Latin value each read
 * their own way whatever the interface's language, and the text itself handed to `onChange`.
 */
import type { ChangeEvent, KeyboardEvent, ReactNode } from 'react';
import { Field, FieldHint } from './Field';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** A box of that many lines; one line without it. */
  rows?: number;
  /** The id of a `<datalist>` of values to offer (given as `children`). */
  list?: string;
  /** A sentence under the box, and the id its hint takes (`${id}-hint`) for the box's aria-describedby. */
  hint?: { id: string; text: string };
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
  /** After the control, inside the field: the datalist `list` names. */
  children?: ReactNode;
}

export function TextField({ label, value, onChange, rows, list, hint, onKeyDown, children }: TextFieldProps) {
  const common = {
    dir: 'auto',
    value,
    'aria-describedby': hint && `${hint.id}-hint`,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <Field label={label}>
      {rows ? (
        <textarea className="input input--area" rows={rows} {...common} />
      ) : (
        <input className="input" list={list} onKeyDown={onKeyDown} {...common} />
      )}
      {hint && <FieldHint id={hint.id}>{hint.text}</FieldHint>}
      {children}
    </Field>
  );
}
