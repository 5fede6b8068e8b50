/** One part of the source's own record in the source panel, shown as it came: a heading over what the source said. */
import type { ReactNode } from 'react';

export function SourceSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="form-field">
      <h3 className="form-field__label source-panel__heading">{title}</h3>
      {children}
    </div>
  );
}
