/**
 * One labelled field, the same on every screen: the label (with how to type the value, when that needs
 * saying), the control, a hint and an error sentence. With an `id` the label names the control by it and the
 * hint and error get ids for the control's aria-describedby (`describedBy`); without one the label wraps the
 * control, which names it just as well.
 */
import type { ReactNode } from 'react';

interface FieldProps {
  /** The control's id. */
  id?: string;
  label: string;
  /** How to type the value (a day's order of parts), after the label in a quieter voice. */
  format?: string;
  hint?: string;
  error?: ReactNode;
  /** Says the error as soon as it appears, for an error that comes while the person types elsewhere. */
  errorRole?: 'alert';
  className?: string;
  children: ReactNode;
}

export function Field({ id, label, format, hint, error, errorRole, className, children }: FieldProps) {
  const classes = className ? `form-field ${className}` : 'form-field';
  const text = (
    <>
      {label}
      {format && (
        <>
          {' '}
          <span className="form-field__format">{format}</span>
        </>
      )}
    </>
  );
  if (id === undefined)
    return (
      <label className={classes}>
        <span className="form-field__label">{text}</span>
        {children}
      </label>
    );
  return (
    <div className={classes}>
      <label htmlFor={id} className="form-field__label">
        {text}
      </label>
      {children}
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      {error && (
        <FieldError id={id} role={errorRole}>
          {error}
        </FieldError>
      )}
    </div>
  );
}

/** Fields that answer one question together (a dateline's city and agency), named by a legend. */
export function FieldGroup({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <fieldset className={className ? `form-field form-field--group ${className}` : 'form-field form-field--group'}>
      <legend className="form-field__label">{label}</legend>
      {children}
    </fieldset>
  );
}

/** A field's hint, for a control laid out apart from its label (a group of choices). */
export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span className="form-field__hint" id={`${id}-hint`}>
      {children}
    </span>
  );
}

/** A field's error sentence, for an error shared by several controls. */
export function FieldError({ id, role, children }: { id: string; role?: 'alert'; children: ReactNode }) {
  return (
    <span className="form-field__error" id={`${id}-error`} role={role}>
      {children}
    </span>
  );
}

/** The ids of a field's error and hint, for its control's aria-describedby. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}
