/** A refusal from the archive as the person reads it: the typed error's own message in their language. */
import { useCallback } from 'react';
import { MidadError } from '../../core/api/errors';
import { isMessageKey } from '../../core/i18n/translate';
import { useI18n } from '../i18n/I18nProvider';

export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      const key = error instanceof MidadError ? `error.${error.code}` : 'error.unreachable';
      return isMessageKey(key) ? t(key, error instanceof MidadError ? error.params : {}) : String(error);
    },
    [t],
  );
}
