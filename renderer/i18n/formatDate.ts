/** The page's dates come from the one helper in core (core/i18n/dateFormat.ts). */
export { formatDateTime } from '../../core/i18n/dateFormat';
