/** The archive's date filters read a day as the interface's readers write it, whatever Chromium's locale. */
import { describe, expect, it } from 'vitest';
import { parseDayText } from '../../../renderer/archive/dayText';

describe('a day typed in the archive filters', () => {
  it('is read day/month/year, in Western or Arabic-Indic digits, with the usual separators', () => {
    expect(parseDayText('29/11/2026')).toBe('2026-11-29');
    expect(parseDayText('٢٩/١١/٢٠٢٦')).toBe('2026-11-29');
    expect(parseDayText('۲۹/۱۱/۲۰۲۶')).toBe('2026-11-29');
    expect(parseDayText('3.2.2025')).toBe('2025-02-03');
    expect(parseDayText('3-2-2025')).toBe('2025-02-03');
    expect(parseDayText('٣٫٢٫٢٠٢٥')).toBe('2025-02-03');
    expect(parseDayText(' 3 / 2 / 2025 ')).toBe('2025-02-03');
    expect(parseDayText('\u200f29/11/2026\u200f')).toBe('2026-11-29');
  });

  it('takes an ISO day pasted from elsewhere as it is', () => {
    expect(parseDayText('2026-11-29')).toBe('2026-11-29');
    expect(parseDayText('2026-1-5')).toBe('2026-01-05');
  });

  it('is empty for an empty box, and refused when it is not a real day', () => {
    expect(parseDayText('   ')).toBe('');
    for (const text of [
      '31/02/2025',
      '29/02/2025',
      '13/13/2026',
      '29/11/26',
      '11/29',
      'أمس',
      '2026-13-01',
      '0/1/2026',
    ]) {
      expect(parseDayText(text), text).toBeNull();
    }
    expect(parseDayText('29/02/2024')).toBe('2024-02-29');
  });
});
