/** A refusal from the archive as the person reads it: the typed error's own message in their language. */
import { useCallback } from 'react';
import { errorText } from '../../core/i18n/errorText';
import { useI18n } from '../i18n/I18nProvider';

export function useErrorText(): (error: unknown) => string {
  const { locale } = useI18n();
  return useCallback((error: unknown) => errorText(locale, error), [locale]);
}
