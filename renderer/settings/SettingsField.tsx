/** One labelled settings field: its control, a hint and an error sentence tied to it for assistive technology. */
import type { ReactNode } from 'react';

export function SettingsField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="settings-field">
      <label htmlFor={id} className="settings-field__label">
        {label}
      </label>
      {children}
      {hint && (
        <p className="settings-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="settings-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The ids of a field's hint and error, for its control's aria-describedby. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}
