/** The interface language: strings come only from core/i18n, and the whole chrome mirrors for Arabic. */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { translate, type Locale } from '../../core/i18n/translate';
import type { MessageKey } from '../../core/i18n/ar';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const I18nContext = createContext<{ locale: Locale; t: T }>({
  locale: 'ar',
  t: (key, params) => translate('ar', key, params),
});

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
    document.title = translate(locale, 'app.name');
  }, [locale]);
  const t: T = (key, params) => translate(locale, key, params);
  return <I18nContext.Provider value={{ locale, t }}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  return useContext(I18nContext);
}

/** The interface's direction: chrome inside an article of the other direction (counts, toolbar) uses it. */
export function useUiDir(): 'rtl' | 'ltr' {
  return useContext(I18nContext).locale === 'ar' ? 'rtl' : 'ltr';
}
