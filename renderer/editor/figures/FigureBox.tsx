/** One of a figure's text boxes (caption, credit, alt text) with its count; its undo is a part of the article's one history. */
import { useRef } from 'react';
import { countText } from '../../../core/arabic/count';
import { useI18n, useUiDir } from '../../i18n/I18nProvider';
import { useTextFieldHistory } from '../history/useTextFieldHistory';
import { Field } from '../../ui/Field';

interface Props {
  id: string;
  label: string;
  value: string;
  multiline: boolean;
  onChange: (value: string) => void;
}

export function FigureBox({ id, label, value, multiline, onChange }: Props) {
  const uiDir = useUiDir();
  const { t } = useI18n();
  const area = useRef<HTMLTextAreaElement>(null);
  const line = useRef<HTMLInputElement>(null);
  const recordEdit = useTextFieldHistory(id, multiline ? area : line, onChange);
  const change = (next: string) => {
    onChange(next);
    recordEdit(next);
  };
  return (
    <Field id={id} label={label}>
      {multiline ? (
        <textarea
          ref={area}
          id={id}
          className="input input--area"
          dir="auto"
          rows={2}
          value={value}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <input ref={line} id={id} className="input" dir="auto" value={value} onChange={(e) => change(e.target.value)} />
      )}
      {/* In the interface's direction, as the standfirst's count is: «33 characters», not «characters 33». */}
      <span className="field__count" dir={uiDir}>
        {t('editor.count.plain', { count: countText(value).characters })}
      </span>
    </Field>
  );
}
