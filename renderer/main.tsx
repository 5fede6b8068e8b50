import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/latin-400.css';
import '@fontsource/noto-naskh-arabic/latin-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import '@fontsource/noto-sans-arabic/latin-400.css';
import '@fontsource/noto-sans-arabic/latin-600.css';
import './styles/app.css';
import './styles/editorView.css';
import './styles/menu.css';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { SettingsProvider } from './settings/SettingsProvider';
import { createApi } from './api/client';
import { NewsroomProvider } from './sync/NewsroomProvider';
import { ApiProvider } from './ui/ApiContext';

const root = document.getElementById('root');
if (root) {
  const api = createApi();
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={api}>
        <SettingsProvider api={api}>
          {(settings) => (
            <I18nProvider locale={settings.interfaceLanguage}>
              <NewsroomProvider api={api}>
                <App api={api} />
              </NewsroomProvider>
            </I18nProvider>
          )}
        </SettingsProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
