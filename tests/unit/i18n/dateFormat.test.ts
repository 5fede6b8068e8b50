import { describe, expect, it } from 'vitest';
import { dayFieldText, formatDateTime, formatDay, formatTime, timeFieldText } from '../../../core/i18n/dateFormat';
import { parseDayText, parseTimeText } from '../../../renderer/archive/dayText';

describe('the one date helper', () => {
  it('writes Arabic in the newsroom’s digits and English the British way', () => {
    const at = new Date(2026, 11, 6, 10, 42);
    expect(formatDateTime(at, 'ar')).toMatch(/10:42/);
    expect(formatDateTime(at, 'ar', 'arabic-indic')).toMatch(/١٠:٤٢/);
    expect(formatDateTime(at, 'en')).toBe('6 Dec 2026, 10:42');
    expect(dayFieldText(at, 'arabic-indic')).toBe('٠٦/١٢/٢٠٢٦');
    expect(timeFieldText(at)).toBe('10:42');
    // A day alone: no time in it.
    expect(formatDay(at, 'en')).toBe('6 Dec 2026');
    expect(formatDay(at, 'ar', 'arabic-indic')).toMatch(/^[^:]*٢٠٢٦[^:]*$/);
  });

  it('writes a time of day on a 24-hour clock in both languages, in the newsroom’s digits', () => {
    const at = new Date(2026, 11, 6, 16, 5);
    expect(formatTime(at, 'ar')).toBe('16:05');
    // A dated moment on the same clock: no ص/م beside the header's 24-hour time.
    expect(formatDateTime(at, 'ar')).toMatch(/16:05$/);
    expect(formatDateTime(at, 'ar', 'arabic-indic')).toMatch(/١٦:٠٥$/);
    expect(formatDateTime(at, 'en')).toBe('6 Dec 2026, 16:05');
    expect(formatTime(at, 'ar', 'arabic-indic')).toBe('١٦:٠٥');
    expect(formatTime(at, 'en')).toBe('16:05');
  });

  it('reads back what it writes, in either digit set, and refuses what is not a day or a time', () => {
    const at = new Date(2026, 1, 3, 7, 5);
    for (const digits of ['western', 'arabic-indic'] as const) {
      expect(parseDayText(dayFieldText(at, digits))).toBe('2026-02-03');
      expect(parseTimeText(timeFieldText(at, digits))).toBe('07:05');
    }
    expect(parseTimeText('')).toBe('');
    expect(parseTimeText('٩:٠٥')).toBe('09:05');
    expect(parseTimeText('24:00')).toBeNull();
    expect(parseTimeText('18:7')).toBeNull();
    expect(parseDayText('31/02/2026')).toBeNull();
  });
});
