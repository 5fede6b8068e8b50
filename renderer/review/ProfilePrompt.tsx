/**
 * First run: ask who is working here (name and role), since every comment, status change and revision is
 * stamped with it. A band above the screen rather than a modal, so writing is never blocked by it.
 */
import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../core/settings/schema';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';

export function ProfilePrompt() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('journalist');
  if (settings.profile) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) void update({ profile: { name: name.trim(), role } });
  };
  return (
    <form
      className="profile-prompt"
      onSubmit={submit}
      data-testid="profile-prompt"
      aria-labelledby="profile-prompt-title"
    >
      <strong id="profile-prompt-title">{t('profile.title')}</strong>
      <span className="profile-prompt__text">{t('profile.text')}</span>
      <label className="profile-prompt__field">
        {t('settings.profileName')}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} dir="auto" />
      </label>
      <label className="profile-prompt__field">
        {t('settings.profileRole')}
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`settings.role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        {t('profile.save')}
      </button>
    </form>
  );
}
