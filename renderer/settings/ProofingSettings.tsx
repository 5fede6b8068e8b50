/**
 * Settings → Proofing: spelling on or off, every unknown word underlined or only slips, Word's
 * three strictness switches, the house-style rules, the vocabulary threshold and the newsroom's names, saved
 * together and checked by the core schema; then the words the person added to the dictionary or chose to
 * ignore from the editor's menu, each removable.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { SettingsPatchSchema } from '../../core/settings/schema';
import type { ProofingSettings as Proofing } from '../../core/proofing/settings';
import { useI18n } from '../i18n/I18nProvider';
import { proofingClient } from '../proofing/client';
import { useApi } from '../ui/ApiContext';
import { SaveActions } from '../ui/SaveActions';
import { describedBy, Field } from '../ui/Field';
import { useSettings } from './SettingsProvider';
import { WordList } from './WordList';

type Switch =
  | 'spelling'
  | 'underlineUnknown'
  | 'strictInitialAlef'
  | 'strictFinalYaa'
  | 'strictTaaMarbuta'
  | 'guillemets'
  | 'splitAbd'
  | 'decadesWithYaa'
  | 'mondayWasl';

const GROUPS: ReadonlyArray<{ legend: string | null; switches: readonly Switch[] }> = [
  { legend: null, switches: ['spelling', 'underlineUnknown'] },
  { legend: 'settings.proofing.strict', switches: ['strictInitialAlef', 'strictFinalYaa', 'strictTaaMarbuta'] },
  { legend: 'settings.proofing.houseStyle', switches: ['guillemets', 'splitAbd', 'decadesWithYaa', 'mondayWasl'] },
];

interface Draft {
  switches: Record<Switch, boolean>;
  threshold: string;
  /** One name a line. */
  names: string;
}

function toDraft(p: Proofing): Draft {
  const switches = Object.fromEntries(GROUPS.flatMap((g) => g.switches).map((k) => [k, p[k]])) as Draft['switches'];
  return { switches, threshold: String(p.vocabularyThreshold), names: p.names.join('\n') };
}

interface Words {
  added: string[];
  ignored: string[];
}
const NO_WORDS: Words = { added: [], ignored: [] };

export function ProofingSettings() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const api = useApi();
  const [draft, setDraft] = useState(() => toDraft(settings.proofing));
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'invalid' | 'failed'>('idle');
  const [words, setWords] = useState<Words | null>(null);
  const [removeFailed, setRemoveFailed] = useState(false);
  const [invalid, setInvalid] = useState<'threshold' | 'names' | null>(null);

  const fetchWords = useCallback(async (): Promise<Words> => {
    const answer = await api['proofing.words']({});
    return { added: [...answer.added].sort(), ignored: [...answer.ignored].sort() };
  }, [api]);
  useEffect(() => {
    let live = true;
    fetchWords().then(
      (w) => live && setWords(w),
      () => live && setWords(NO_WORDS),
    );
    return () => {
      live = false;
    };
  }, [fetchWords]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const names = [...new Set(draft.names.split('\n').map((line) => line.trim()))].filter(Boolean);
    const threshold = draft.threshold.trim() === '' ? Number.NaN : Number(draft.threshold);
    const parsed = SettingsPatchSchema.safeParse({
      proofing: { ...draft.switches, vocabularyThreshold: threshold, names },
    });
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => issue.path.join('.'));
      setInvalid(paths.some((path) => path.includes('names')) ? 'names' : 'threshold');
      setStatus('invalid');
      return;
    }
    setInvalid(null);
    setStatus('saving');
    try {
      await update(parsed.data);
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  const remove = async (word: string) => {
    setRemoveFailed(false);
    try {
      await api['proofing.removeWord']({ word });
      setWords(await fetchWords());
      // The editor's worker takes the archive's words again when it next checks.
      await proofingClient().configure(api, settings);
    } catch {
      setRemoveFailed(true);
    }
  };

  /** A change to the form: what was said of the last save no longer holds. */
  const edit = (change: (d: Draft) => Draft) => {
    setDraft(change);
    setStatus('idle');
  };

  const toggle = (key: Switch) => (
    <label key={key} className="settings-choice">
      <input
        type="checkbox"
        checked={draft.switches[key]}
        onChange={(e) => {
          const checked = e.target.checked;
          edit((d) => ({ ...d, switches: { ...d.switches, [key]: checked } }));
        }}
      />
      {t(`settings.proofing.${key}`)}
    </label>
  );

  const thresholdInvalid = status === 'invalid' && invalid === 'threshold';
  const namesInvalid = status === 'invalid' && invalid === 'names';
  return (
    <section className="settings-group proofing-settings" aria-labelledby="proofing-settings-title">
      <h2 className="settings-group__title" id="proofing-settings-title">
        {t('settings.proofing.title')}
      </h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="proofing-settings-title">
        {GROUPS.map(({ legend, switches }) => (
          <fieldset key={legend ?? 'spelling'} className="proofing-settings__switches">
            {legend && <legend className="form-field__label">{t(legend as 'settings.proofing.strict')}</legend>}
            {switches.map(toggle)}
            {legend === null && <p className="form-field__hint">{t('settings.proofing.underlineUnknown.hint')}</p>}
          </fieldset>
        ))}
        <Field
          id="vocabularyThreshold"
          label={t('settings.proofing.vocabularyThreshold')}
          hint={t('settings.proofing.vocabularyThreshold.hint')}
          error={thresholdInvalid ? t('settings.proofing.vocabularyThreshold.invalid') : undefined}
        >
          <input
            id="vocabularyThreshold"
            className="settings-field__input settings-field__input--number"
            type="number"
            inputMode="numeric"
            dir="ltr"
            min={1}
            max={1000}
            value={draft.threshold}
            aria-invalid={thresholdInvalid ? true : undefined}
            aria-describedby={describedBy('vocabularyThreshold', true, thresholdInvalid)}
            onChange={(e) => edit((d) => ({ ...d, threshold: e.target.value }))}
          />
        </Field>
        <Field
          id="proofingNames"
          label={t('settings.proofing.names')}
          hint={t('settings.proofing.names.hint')}
          error={namesInvalid ? t('settings.proofing.names.invalid') : undefined}
        >
          <textarea
            id="proofingNames"
            className="settings-field__input"
            dir="auto"
            rows={4}
            value={draft.names}
            aria-invalid={namesInvalid ? true : undefined}
            aria-describedby={describedBy('proofingNames', true, namesInvalid)}
            onChange={(e) => edit((d) => ({ ...d, names: e.target.value }))}
          />
        </Field>
        <SaveActions
          label={t('settings.proofing.save')}
          saving={status === 'saving'}
          savedText={status === 'saved' ? t('settings.proofing.saved') : undefined}
          testId="proofing-settings-status"
        />
        {status === 'failed' && (
          <p className="form-field__error" role="alert">
            {t('settings.proofing.saveFailed')}
          </p>
        )}
      </form>
      <WordList kind="added" words={words?.added ?? null} onRemove={(word) => void remove(word)} />
      <WordList kind="ignored" words={words?.ignored ?? null} onRemove={(word) => void remove(word)} />
      {removeFailed && (
        <p className="form-field__error" role="alert">
          {t('settings.proofing.removeFailed')}
        </p>
      )}
    </section>
  );
}
