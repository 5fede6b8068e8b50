/** The page's dates and times come from the one helper in core (core/i18n/dateFormat.ts). */
export { formatDateTime, formatDay, formatTime } from '../../core/i18n/dateFormat';
