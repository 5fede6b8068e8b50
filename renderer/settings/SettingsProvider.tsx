/**
 * The person's settings for the whole interface: loaded once from the archive, the interface language
 * drives the locale (and so the mirroring), the theme sets `data-theme` on the document. The settings
 * screen saves through `update`, and every screen sees the change at once.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MidadApi } from '../../core/api/contract';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../core/settings/schema';
import { I18nProvider } from '../i18n/I18nProvider';

interface SettingsContextValue {
  settings: Settings;
  update: (patch: SettingsPatch) => Promise<Settings>;
}

const SettingsContext = createContext<SettingsContextValue>({
  settings: DEFAULT_SETTINGS,
  update: async () => DEFAULT_SETTINGS,
});

export function SettingsProvider({ api, children }: { api: MidadApi; children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    // Without the archive the defaults stand; the screens report the connection problem themselves.
    api['settings.get']({}).then(setSettings, () => {});
  }, [api]);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const next = await api['settings.update'](patch);
      setSettings(next);
      return next;
    },
    [api],
  );
  const value = useMemo(() => ({ settings, update }), [settings, update]);

  return (
    <SettingsContext.Provider value={value}>
      <I18nProvider locale={settings.interfaceLanguage}>{children}</I18nProvider>
    </SettingsContext.Provider>
  );
}

export function useSettings() {
  return useContext(SettingsContext);
}
