/**
 * Settings → Newsroom: the server address, user name and password, signed in with the server's `_session`.
 * The password lives in this form's state until the request is sent, then is cleared; only the session is
 * kept (by the main process). Signed in, it says who and where, and signing out keeps the local archive.
 */
import { useState, type FormEvent } from 'react';
import type { SignInProblem } from '../../core/sync/newsroomContract';
import { useI18n } from '../i18n/I18nProvider';
import { useNewsroom } from '../sync/NewsroomProvider';
import { describedBy, Field } from '../ui/Field';

export function NewsroomSettings() {
  const { t } = useI18n();
  const { api, status, refresh } = useNewsroom();
  const [address, setAddress] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SignInProblem | 'required' | null>(null);

  if (!api) return null;
  // The last address and name are offered again after a session ends.
  const shownAddress = address || status?.databaseUrl || '';
  const shownUser = user || status?.user || '';

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    if (!shownAddress.trim() || !shownUser.trim() || !password) {
      setProblem('required');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const answer = await api['newsroom.signIn']({ databaseUrl: shownAddress, user: shownUser, password });
      if (answer.ok) refresh(answer.status);
      else setProblem(answer.problem);
    } catch {
      setProblem('server');
    } finally {
      setPassword('');
      setBusy(false);
    }
  };

  const signOut = async () => {
    setBusy(true);
    try {
      refresh(await api['newsroom.signOut']({}));
    } finally {
      setBusy(false);
    }
  };

  const sessionEnded = status?.signedIn && status.sync.error?.code === 'unauthorized';
  const problemText = problem === 'required' ? t('newsroom.required') : problem ? t(`newsroom.problem.${problem}`) : '';

  return (
    <section
      className="settings-group newsroom-settings"
      aria-labelledby="newsroom-title"
      data-testid="newsroom-settings"
    >
      <h2 className="settings-group__title" id="newsroom-title">
        {t('newsroom.title')}
      </h2>
      <p className="form-field__hint">{t('newsroom.intro')}</p>
      {status?.signedIn && (
        <div className="newsroom-settings__signed-in">
          <p data-testid="newsroom-signed-in">
            {t('newsroom.signedIn', {
              user: status.user ?? '',
              role: status.role ? t(`settings.role.${status.role}`) : '',
              server: status.databaseUrl ?? '',
            })}
          </p>
          <p className="form-field__hint">{t('newsroom.roleFromServer')}</p>
          <button type="button" className="button" onClick={() => void signOut()} disabled={busy}>
            {t('newsroom.signOut')}
          </button>
          <p className="form-field__hint">{t('newsroom.signOut.hint')}</p>
        </div>
      )}
      {(!status?.signedIn || sessionEnded) && (
        <form
          className="newsroom-settings__form"
          onSubmit={(e) => void signIn(e)}
          noValidate
          aria-label={t('newsroom.title')}
        >
          <Field id="newsroom-address" label={t('newsroom.address')} hint={t('newsroom.address.hint')}>
            <input
              id="newsroom-address"
              className="settings-field__input"
              dir="ltr"
              type="url"
              inputMode="url"
              spellCheck={false}
              autoComplete="url"
              value={shownAddress}
              aria-describedby={describedBy('newsroom-address', true, false)}
              onChange={(e) => setAddress(e.target.value)}
            />
          </Field>
          <Field id="newsroom-user" label={t('newsroom.user')}>
            <input
              id="newsroom-user"
              className="settings-field__input settings-field__input--short"
              dir="auto"
              spellCheck={false}
              autoComplete="username"
              value={shownUser}
              onChange={(e) => setUser(e.target.value)}
            />
          </Field>
          <Field id="newsroom-password" label={t('newsroom.password')} hint={t('newsroom.password.hint')}>
            <input
              id="newsroom-password"
              className="settings-field__input settings-field__input--short"
              type="password"
              dir="ltr"
              autoComplete="current-password"
              value={password}
              aria-describedby={describedBy('newsroom-password', true, Boolean(problem))}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          {problemText && (
            <p
              id="newsroom-password-error"
              className="banner banner--error"
              role="alert"
              data-testid="newsroom-problem"
            >
              {problemText}
            </p>
          )}
          <div className="settings-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('newsroom.signingIn') : t('newsroom.signIn')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
