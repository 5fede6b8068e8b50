/**
 * The settings screen: every field the person may set, checked by the core schema before anything is
 * saved, with one sentence under each field that needs correcting.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { MidadError } from '../../core/api/errors';
import { ROLES, SettingsPatchSchema, type Role, type Settings } from '../../core/settings/schema';
import { useI18n } from '../i18n/I18nProvider';
import { useErrorText } from '../ui/useErrorText';
import { fieldErrors, fieldErrorsFromRefusal, type FieldError, type FieldName } from './fieldErrors';
import { useSettings } from './SettingsProvider';
import { NewsroomSettings } from './NewsroomSettings';
import { useNewsroom } from '../sync/NewsroomProvider';
import { ScreenHeader } from '../ui/ScreenHeader';
import { describedBy, Field } from '../ui/Field';
import { ProofingSettings } from './ProofingSettings';
import { SaveActions } from '../ui/SaveActions';

interface Draft {
  interfaceLanguage: Settings['interfaceLanguage'];
  theme: Settings['theme'];
  articleLanguage: string;
  digits: Settings['digits'];
  headlineCharacters: string;
  headlineWidth: string;
  autosaveDelay: string;
  readingSpeed: string;
  backupKeep: string;
  backupFolder: string;
  profileName: string;
  profileRole: Role;
  /** One section a line. */
  sections: string;
}

function toDraft(s: Settings): Draft {
  return {
    interfaceLanguage: s.interfaceLanguage,
    theme: s.theme,
    articleLanguage: s.articleLanguage,
    digits: s.digits,
    headlineCharacters: String(s.headlineBudget.characters),
    headlineWidth: String(s.headlineBudget.widthPx),
    autosaveDelay: String(s.autosaveDelayMs),
    readingSpeed: String(s.readingWordsPerMinute),
    backupKeep: String(s.backups.keep),
    backupFolder: s.backups.folder,
    profileName: s.profile?.name ?? '',
    profileRole: s.profile?.role ?? 'journalist',
    sections: s.sections.join('\n'),
  };
}

/** An empty box is not zero: it stays NaN so the schema refuses it. */
const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function toPatch(d: Draft): unknown {
  return {
    interfaceLanguage: d.interfaceLanguage,
    theme: d.theme,
    articleLanguage: d.articleLanguage.trim(),
    digits: d.digits,
    headlineBudget: { characters: num(d.headlineCharacters), widthPx: num(d.headlineWidth) },
    autosaveDelayMs: num(d.autosaveDelay),
    readingWordsPerMinute: num(d.readingSpeed),
    // Empty: the backups folder beside the archive. The archive checks it can write there before keeping it.
    backups: { folder: d.backupFolder.trim(), keep: num(d.backupKeep) },
    // No name means no profile yet; a name without a role cannot happen (the role has a default).
    profile: d.profileName.trim() ? { name: d.profileName, role: d.profileRole } : null,
    sections: [...new Set(d.sections.split('\n').map((line) => line.trim()))].filter(Boolean),
  };
}

export function SettingsScreen({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { settings, update } = useSettings();
  // While signed in to the newsroom the server says the role.
  const roleFromServer = useNewsroom().status?.signedIn === true;
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [errors, setErrors] = useState<Partial<Record<FieldName, FieldError>>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'invalid'>('idle');
  // After a save the archive's answer (normalised, defaults filled in) is what the form shows.
  const [shownSettings, setShownSettings] = useState(settings);
  if (settings !== shownSettings) {
    setShownSettings(settings);
    setDraft(toDraft(settings));
  }
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setStatus('idle');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = SettingsPatchSchema.safeParse(toPatch(draft));
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      setStatus('invalid');
      return;
    }
    setErrors({});
    setStatus('saving');
    try {
      await update(parsed.data);
      setStatus('saved');
    } catch (error) {
      setErrors(error instanceof MidadError ? fieldErrorsFromRefusal(error) : {});
      setStatus('invalid');
    }
  };

  const error = (name: FieldName) => {
    const e = errors[name];
    return e ? ('refusal' in e ? errorText(e.refusal) : t(e.key, e.params)) : undefined;
  };
  const described = (name: FieldName, hint?: boolean) => describedBy(name, Boolean(hint), Boolean(errors[name]));

  const field = (name: FieldName, label: string, control: ReactNode, hint?: string) => (
    <Field id={name} label={label} hint={hint} error={error(name)}>
      {control}
    </Field>
  );
  const numberInput = (
    name: 'headlineCharacters' | 'headlineWidth' | 'autosaveDelay' | 'readingSpeed' | 'backupKeep',
  ) => (
    <input
      id={name}
      className="settings-field__input settings-field__input--number"
      type="number"
      inputMode="numeric"
      dir="ltr"
      value={draft[name]}
      aria-invalid={errors[name] ? true : undefined}
      aria-describedby={described(name)}
      onChange={(e) => set(name, e.target.value)}
    />
  );

  return (
    <div className="settings-screen">
      <ScreenHeader title={t('settings.title')} onBack={onBack} />
      {/* The screen's main landmark, as the archive and editor have one (axe: landmark-one-main). */}
      <main>
        <form className="settings-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('settings.title')}>
          {status === 'invalid' && (
            <p className="banner banner--error" role="alert">
              {t('settings.invalid')}
            </p>
          )}
          <fieldset className="settings-group">
            <legend>{t('settings.section.interface')}</legend>
            <Field
              id="interfaceLanguage"
              label={t('settings.interfaceLanguage')}
              hint={t('settings.interfaceLanguage.hint')}
            >
              <select
                id="interfaceLanguage"
                className="settings-field__input"
                value={draft.interfaceLanguage}
                aria-describedby="interfaceLanguage-hint"
                onChange={(e) => set('interfaceLanguage', e.target.value as Draft['interfaceLanguage'])}
              >
                <option value="ar" lang="ar">
                  {t('settings.language.ar')}
                </option>
                <option value="en" lang="en">
                  {t('settings.language.en')}
                </option>
              </select>
            </Field>
            <Field id="theme" label={t('settings.theme')}>
              <select
                id="theme"
                className="settings-field__input"
                value={draft.theme}
                onChange={(e) => set('theme', e.target.value as Draft['theme'])}
              >
                <option value="system">{t('settings.theme.system')}</option>
                <option value="light">{t('settings.theme.light')}</option>
                <option value="dark">{t('settings.theme.dark')}</option>
              </select>
            </Field>
          </fieldset>

          <fieldset className="settings-group">
            <legend>{t('settings.section.writing')}</legend>
            {field(
              'articleLanguage',
              t('settings.articleLanguage'),
              <input
                id="articleLanguage"
                className="settings-field__input settings-field__input--short"
                dir="ltr"
                value={draft.articleLanguage}
                aria-invalid={errors.articleLanguage ? true : undefined}
                aria-describedby={described('articleLanguage', true)}
                onChange={(e) => set('articleLanguage', e.target.value)}
              />,
              t('settings.articleLanguage.hint'),
            )}
            <div className="form-field">
              <span className="form-field__label" id="digits-label">
                {t('settings.digits')}
              </span>
              <div role="radiogroup" aria-labelledby="digits-label" className="settings-choices">
                {(['western', 'arabic-indic'] as const).map((value) => (
                  <label key={value} className="settings-choice">
                    <input
                      type="radio"
                      name="digits"
                      value={value}
                      checked={draft.digits === value}
                      onChange={() => set('digits', value)}
                    />
                    {t(`settings.digits.${value}`)}
                  </label>
                ))}
              </div>
            </div>
            {field('headlineCharacters', t('settings.headlineCharacters'), numberInput('headlineCharacters'))}
            {field('headlineWidth', t('settings.headlineWidth'), numberInput('headlineWidth'))}
            {field('autosaveDelay', t('settings.autosaveDelay'), numberInput('autosaveDelay'))}
            {field('readingSpeed', t('settings.readingSpeed'), numberInput('readingSpeed'))}
            {field(
              'sections',
              t('settings.sections'),
              <textarea
                id="sections"
                className="settings-field__input"
                dir="auto"
                rows={5}
                value={draft.sections}
                aria-invalid={errors.sections ? true : undefined}
                aria-describedby={described('sections', true)}
                onChange={(e) => set('sections', e.target.value)}
              />,
              t('settings.sections.hint'),
            )}
          </fieldset>

          <fieldset className="settings-group">
            <legend>{t('settings.section.backups')}</legend>
            {field(
              'backupFolder',
              t('settings.backupFolder'),
              <input
                id="backupFolder"
                className="settings-field__input"
                dir="ltr"
                spellCheck={false}
                value={draft.backupFolder}
                aria-invalid={errors.backupFolder ? true : undefined}
                aria-describedby={described('backupFolder', true)}
                onChange={(e) => set('backupFolder', e.target.value)}
              />,
              t('settings.backupFolder.hint'),
            )}
            {field('backupKeep', t('settings.backupKeep'), numberInput('backupKeep'))}
          </fieldset>

          <fieldset className="settings-group">
            <legend>{t('settings.section.profile')}</legend>
            {field(
              'profileName',
              t('settings.profileName'),
              <input
                id="profileName"
                className="settings-field__input"
                dir="auto"
                value={draft.profileName}
                aria-invalid={errors.profileName ? true : undefined}
                aria-describedby={described('profileName')}
                onChange={(e) => set('profileName', e.target.value)}
              />,
            )}
            <Field
              id="profileRole"
              label={t('settings.profileRole')}
              hint={roleFromServer ? t('newsroom.roleFromServer') : undefined}
            >
              <select
                id="profileRole"
                className="settings-field__input"
                value={draft.profileRole}
                disabled={roleFromServer}
                aria-describedby={roleFromServer ? 'profileRole-hint' : undefined}
                onChange={(e) => set('profileRole', e.target.value as Role)}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`settings.role.${role}`)}
                  </option>
                ))}
              </select>
            </Field>
          </fieldset>

          <SaveActions
            label={t('settings.save')}
            saving={status === 'saving'}
            savedText={status === 'saved' ? t('settings.saved') : undefined}
            testId="settings-status"
          />
        </form>
        <div className="settings-form">
          <ProofingSettings />
        </div>
        <div className="settings-form">
          <NewsroomSettings />
        </div>
      </main>
    </div>
  );
}
