/**
 * The settings screen: every field the person may set, checked by the core schema before anything is
 * saved, with one sentence under each field that needs correcting. The groups of fields are in
 * `SettingsGroups.tsx`, the draft they edit in `settingsDraft.ts`; Proofing and Newsroom save on their own.
 */
import { useState, type FormEvent } from 'react';
import { MidadError } from '../../core/api/errors';
import { SettingsPatchSchema } from '../../core/settings/schema';
import { useI18n } from '../i18n/I18nProvider';
import { useErrorText } from '../ui/useErrorText';
import { fieldErrors, fieldErrorsFromRefusal, type FieldError, type FieldName } from './fieldErrors';
import { useSettings } from './SettingsProvider';
import { NewsroomSettings } from './NewsroomSettings';
import { useNewsroom } from '../sync/NewsroomProvider';
import { ScreenHeader } from '../ui/ScreenHeader';
import { ProofingSettings } from './ProofingSettings';
import { SaveActions } from '../ui/SaveActions';
import { toDraft, toPatch, type Draft } from './settingsDraft';
import { BackupsGroup, InterfaceGroup, ProfileGroup, WritingGroup, type SettingsForm } from './SettingsGroups';

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

  const form: SettingsForm = {
    draft,
    set: (key, value) => {
      setDraft((d) => ({ ...d, [key]: value }));
      setStatus('idle');
    },
    error: (name) => {
      const e = errors[name];
      return e ? ('refusal' in e ? errorText(e.refusal) : t(e.key, e.params)) : undefined;
    },
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
          <InterfaceGroup form={form} />
          <WritingGroup form={form} />
          <BackupsGroup form={form} />
          <ProfileGroup form={form} roleFromServer={roleFromServer} />
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
