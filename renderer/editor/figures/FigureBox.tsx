/**
 * One of a figure's text boxes (caption, credit, alt text) with its count; its undo is a part of the article's
 * one history. The caption is proofed as the headline is (a mirror behind the box carries the findings); credit
 * and alt text are not: a credit is a name, and alt text is read by machines as much as by people.
 */
import { useRef } from 'react';
import { countText } from '../../../core/arabic/count';
import { useI18n, useUiDir } from '../../i18n/I18nProvider';
import { useTextFieldHistory } from '../history/useTextFieldHistory';
import { Field } from '../../ui/Field';
// proofing: the caption's findings drawn on a mirror behind its box
import { FieldMirror } from '../../proofing/FieldMirror';

interface Props {
  id: string;
  label: string;
  value: string;
  multiline: boolean;
  /** Spelling and copy-desk findings under the text (a multiline box only: the caption). */
  proofed?: boolean;
  onChange: (value: string) => void;
}

export function FigureBox({ id, label, value, multiline, proofed, onChange }: Props) {
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
        <div className={proofed ? 'proofed-field proofed-field--boxed' : undefined}>
          <textarea
            ref={area}
            id={id}
            className="input input--area"
            dir="auto"
            rows={2}
            value={value}
            onChange={(e) => change(e.target.value)}
          />
          {/* After the textarea, so that its ref is set when the mirror's layout effect first runs. */}
          {proofed && <FieldMirror field={id} target={area} value={value} />}
        </div>
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
