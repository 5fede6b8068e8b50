/**
 * The settings form's four groups (interface, writing, backups, profile). Each draws its fields from the
 * form the screen holds (`SettingsForm`): the draft, how to change it, and each field's error sentence.
 */
import type { ReactNode } from 'react';
import { ROLES, type Role } from '../../core/settings/schema';
import { useI18n } from '../i18n/I18nProvider';
import { describedBy, Field } from '../ui/Field';
import type { FieldName } from './fieldErrors';
import type { Draft } from './settingsDraft';

export interface SettingsForm {
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  /** The sentence under a field that needs correcting, or undefined. */
  error: (name: FieldName) => string | undefined;
}

type NumberName = 'headlineCharacters' | 'headlineWidth' | 'autosaveDelay' | 'readingSpeed' | 'backupKeep';

const described = (form: SettingsForm, name: FieldName, hint = false) =>
  describedBy(name, hint, Boolean(form.error(name)));

/** A labelled field with its hint and its error sentence. */
function SettingsField(props: {
  form: SettingsForm;
  name: FieldName;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <Field id={props.name} label={props.label} hint={props.hint} error={props.form.error(props.name)}>
      {props.children}
    </Field>
  );
}

function NumberField({ form, name, label }: { form: SettingsForm; name: NumberName; label: string }) {
  return (
    <SettingsField form={form} name={name} label={label}>
      <input
        id={name}
        className="settings-field__input settings-field__input--number"
        type="number"
        inputMode="numeric"
        dir="ltr"
        value={form.draft[name]}
        aria-invalid={form.error(name) ? true : undefined}
        aria-describedby={described(form, name)}
        onChange={(e) => form.set(name, e.target.value)}
      />
    </SettingsField>
  );
}

type TextName = 'articleLanguage' | 'sections' | 'backupFolder' | 'profileName';

/**
 * A box of free text in the settings: a line, or a box of `rows` lines. `dir` is `ltr` for codes and paths
 * (they read left to right in an Arabic interface too) and `auto` for names and sections.
 */
function TextInput(props: {
  form: SettingsForm;
  name: TextName;
  label: string;
  hint?: string;
  dir: 'ltr' | 'auto';
  rows?: number;
  short?: boolean;
  spellCheck?: boolean;
}) {
  const { form, name } = props;
  const common = {
    id: name,
    className: props.short ? 'settings-field__input settings-field__input--short' : 'settings-field__input',
    dir: props.dir,
    spellCheck: props.spellCheck,
    value: form.draft[name],
    'aria-invalid': form.error(name) ? true : undefined,
    'aria-describedby': described(form, name, props.hint !== undefined),
  };
  return (
    <SettingsField form={form} name={name} label={props.label} hint={props.hint}>
      {props.rows ? (
        <textarea rows={props.rows} {...common} onChange={(e) => form.set(name, e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => form.set(name, e.target.value)} />
      )}
    </SettingsField>
  );
}

export function InterfaceGroup({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <fieldset className="settings-group">
      <legend>{t('settings.section.interface')}</legend>
      <Field id="interfaceLanguage" label={t('settings.interfaceLanguage')} hint={t('settings.interfaceLanguage.hint')}>
        <select
          id="interfaceLanguage"
          className="settings-field__input"
          value={form.draft.interfaceLanguage}
          aria-describedby="interfaceLanguage-hint"
          onChange={(e) => form.set('interfaceLanguage', e.target.value as Draft['interfaceLanguage'])}
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
          value={form.draft.theme}
          onChange={(e) => form.set('theme', e.target.value as Draft['theme'])}
        >
          <option value="system">{t('settings.theme.system')}</option>
          <option value="light">{t('settings.theme.light')}</option>
          <option value="dark">{t('settings.theme.dark')}</option>
        </select>
      </Field>
    </fieldset>
  );
}

export function WritingGroup({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <fieldset className="settings-group">
      <legend>{t('settings.section.writing')}</legend>
      <TextInput
        form={form}
        name="articleLanguage"
        label={t('settings.articleLanguage')}
        hint={t('settings.articleLanguage.hint')}
        dir="ltr"
        short
      />
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
                checked={form.draft.digits === value}
                onChange={() => form.set('digits', value)}
              />
              {t(`settings.digits.${value}`)}
            </label>
          ))}
        </div>
      </div>
      <NumberField form={form} name="headlineCharacters" label={t('settings.headlineCharacters')} />
      <NumberField form={form} name="headlineWidth" label={t('settings.headlineWidth')} />
      <NumberField form={form} name="autosaveDelay" label={t('settings.autosaveDelay')} />
      <NumberField form={form} name="readingSpeed" label={t('settings.readingSpeed')} />
      <TextInput
        form={form}
        name="sections"
        label={t('settings.sections')}
        hint={t('settings.sections.hint')}
        dir="auto"
        rows={5}
      />
    </fieldset>
  );
}

export function BackupsGroup({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <fieldset className="settings-group">
      <legend>{t('settings.section.backups')}</legend>
      <TextInput
        form={form}
        name="backupFolder"
        label={t('settings.backupFolder')}
        hint={t('settings.backupFolder.hint')}
        dir="ltr"
        spellCheck={false}
      />
      <NumberField form={form} name="backupKeep" label={t('settings.backupKeep')} />
    </fieldset>
  );
}

/** `roleFromServer`: while signed in to the newsroom the server says the role, so the choice is shown, not offered. */
export function ProfileGroup({ form, roleFromServer }: { form: SettingsForm; roleFromServer: boolean }) {
  const { t } = useI18n();
  return (
    <fieldset className="settings-group">
      <legend>{t('settings.section.profile')}</legend>
      <TextInput form={form} name="profileName" label={t('settings.profileName')} dir="auto" />
      <Field
        id="profileRole"
        label={t('settings.profileRole')}
        hint={roleFromServer ? t('newsroom.roleFromServer') : undefined}
      >
        <select
          id="profileRole"
          className="settings-field__input"
          value={form.draft.profileRole}
          disabled={roleFromServer}
          aria-describedby={roleFromServer ? 'profileRole-hint' : undefined}
          onChange={(e) => form.set('profileRole', e.target.value as Role)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`settings.role.${role}`)}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );
}
