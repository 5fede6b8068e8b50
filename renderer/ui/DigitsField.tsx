/**
 * A `Field` whose box takes a day or a time typed as text (Chromium's date boxes follow the browser's locale,
 * not the interface's): read left to right in either language, the numeric keypad on a touch screen, no
 * autofill, and while `invalid` the error sentence named by `errorId` (its own, or one shared by several boxes)
 * in its description.
 */
import type { ReactNode } from 'react';
import { Field } from './Field';

interface DigitsFieldProps {
  id: string;
  label: string;
  /** How to type it (day/month/year), after the label. */
  format: string;
  value: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  invalid: boolean;
  errorId: string;
  /** The field's own error sentence; absent when one sentence serves several boxes. */
  error?: ReactNode;
  className?: string;
}

export function DigitsField(props: DigitsFieldProps) {
  const { id, invalid } = props;
  return (
    <Field id={id} label={props.label} format={props.format} error={props.error} className={props.className}>
      <input
        id={id}
        className="input"
        dir="ltr"
        inputMode="numeric"
        autoComplete="off"
        value={props.value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? props.errorId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
    </Field>
  );
}
