/**
 * The person's settings for every screen: read once from the archive at start, changed through
 * `settings.update`, and applied to the page (theme on <html data-theme>, language through I18nProvider).
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { MidadApi } from '../../core/api/contract';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../core/settings/schema';

interface SettingsValue {
  settings: Settings;
  update: (patch: SettingsPatch) => Promise<void>;
}

const SettingsContext = createContext<SettingsValue>({ settings: DEFAULT_SETTINGS, update: async () => {} });

export function SettingsProvider({ api, children }: { api: MidadApi; children: (settings: Settings) => ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let live = true;
    // An archive that cannot answer still gets a usable screen, in the defaults.
    api['settings.get']({}).then(
      (s) => live && setSettings(s),
      () => live && setSettings(DEFAULT_SETTINGS),
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      setSettings(await api['settings.update'](patch));
    },
    [api],
  );

  if (!settings) return null;
  return <SettingsContext.Provider value={{ settings, update }}>{children(settings)}</SettingsContext.Provider>;
}

export function useSettings(): SettingsValue {
  return useContext(SettingsContext);
}
