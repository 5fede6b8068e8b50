/**
 * The desktop parts of the app shell: the settings and About screens (#/settings, #/about), the links to
 * them, and the commands the desktop menus send (new article, screens, the crash-recovery notice, a
 * refresh after an import or a restore).
 */
import { useState, type ReactNode } from 'react';
import type { MidadApi } from '../../core/api/contract';
import { useI18n } from '../i18n/I18nProvider';
import { AboutScreen } from '../about/AboutScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { useSettings } from '../settings/SettingsProvider';
import { useShellCommand } from './useShellCommand';

export type DesktopScreenName = 'settings' | 'about';

export function desktopScreenFromHash(): DesktopScreenName | null {
  const hash = window.location.hash;
  return hash === '#/settings' ? 'settings' : hash === '#/about' ? 'about' : null;
}

export function DesktopScreen({ screen, onBack }: { screen: DesktopScreenName; onBack: () => void }) {
  return screen === 'settings' ? <SettingsScreen onBack={onBack} /> : <AboutScreen onBack={onBack} />;
}

export function ShellNav() {
  const { t } = useI18n();
  return (
    <nav className="shell-nav" aria-label={t('app.name')}>
      <a href="#/settings" className="shell-nav__link">
        {t('settings.open')}
      </a>
      <a href="#/about" className="shell-nav__link">
        {t('about.open')}
      </a>
    </nav>
  );
}

export function useDesktopShell(
  api: MidadApi,
  open: (id: string | null) => void,
  onError: (error: unknown) => void,
): { notice: ReactNode; archiveVersion: number } {
  const { t } = useI18n();
  const { settings } = useSettings();
  const [recovered, setRecovered] = useState(false);
  const [archiveVersion, setArchiveVersion] = useState(0);

  useShellCommand((command) => {
    if (command === 'show-archive') open(null);
    else if (command === 'show-settings') window.location.hash = '#/settings';
    else if (command === 'show-about') window.location.hash = '#/about';
    else if (command === 'archive-changed') setArchiveVersion((v) => v + 1);
    else if (command === 'recovered-after-crash') setRecovered(true);
    else if (command === 'new-article') {
      api['articles.create']({ language: settings.articleLanguage }).then((article) => open(article.id), onError);
    }
    // The editor's commands (format, direction, undo, redo) are handled by the editor itself.
  });

  const notice = recovered ? (
    <div className="banner banner--notice" role="status">
      <span>{t('notice.recovered')}</span>
      <button type="button" className="button button--quiet" onClick={() => setRecovered(false)}>
        {t('notice.dismiss')}
      </button>
    </div>
  ) : null;
  return { notice, archiveVersion };
}
