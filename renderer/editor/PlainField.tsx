/**
 * Headline and standfirst: plain text. A single-line field turns Enter and pasted line breaks into
 * nothing and spaces, because a headline is one line wherever it is printed. Its undo is a part of the
 * article's one history.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTextFieldHistory } from './history/useTextFieldHistory';
// proofing: findings drawn on a mirror behind the textarea
import { FieldMirror } from '../proofing/FieldMirror';

interface Props {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  singleLine: boolean;
  className: string;
  dir: 'rtl' | 'ltr';
  /** Take the caret when the screen opens (a new article's headline). */
  focusOnOpen?: boolean;
  onChange: (value: string) => void;
}

export function PlainField({
  id,
  label,
  placeholder,
  value,
  singleLine,
  className,
  dir,
  focusOnOpen,
  onChange,
}: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const recordEdit = useTextFieldHistory(id, ref, onChange);
  const focusFirst = useRef(focusOnOpen);
  useEffect(() => {
    if (focusFirst.current) ref.current?.focus();
  }, []);
  // Grow with the text instead of scrolling inside a box.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      <div className="proofed-field">
        <textarea
          ref={ref}
          id={id}
          className={className}
          rows={1}
          dir={dir}
          placeholder={placeholder}
          value={value}
          onKeyDown={(e) => {
            if (singleLine && e.key === 'Enter') e.preventDefault();
          }}
          onChange={(e) => {
            const next = singleLine ? e.target.value.replace(/\s*[\r\n]+\s*/g, ' ') : e.target.value;
            onChange(next);
            recordEdit(next);
          }}
        />
        {/* After the textarea, so that its ref is set when the mirror's layout effect first runs. */}
        <FieldMirror field={id} target={ref} value={value} />
      </div>
    </div>
  );
}
