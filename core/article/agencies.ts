/**
 * News agencies Midad knows, with the Arabic abbreviation a dateline prints (shared/docs/arabic.md,
 * "Dateline"). The code is what the archive stores; the Arabic form is what readers see.
 */
export const AGENCIES = {
  AFP: { ar: 'أ ف ب', en: 'AFP' },
  REUTERS: { ar: 'رويترز', en: 'Reuters' },
  DPA: { ar: 'د ب أ', en: 'dpa' },
  AP: { ar: 'أ ب', en: 'AP' },
  SPA: { ar: 'واس', en: 'SPA' },
  WAM: { ar: 'وام', en: 'WAM' },
  QNA: { ar: 'قنا', en: 'QNA' },
  KUNA: { ar: 'كونا', en: 'KUNA' },
  AA: { ar: 'الأناضول', en: 'Anadolu' },
  XINHUA: { ar: 'شينخوا', en: 'Xinhua' },
  // import: CNN's Arabic and English copy carries its own dateline credit
  CNN: { ar: 'CNN', en: 'CNN' },
} as const;

export type AgencyCode = keyof typeof AGENCIES;

export const AGENCY_CODES = Object.keys(AGENCIES) as [AgencyCode, ...AgencyCode[]];

/**
 * Finds the agency a wire credit names, whatever spelling the wire used: the Arabic abbreviation with or
 * without hamza or spaces (أ ف ب, ا ف ب, أ.ف.ب), or the Latin name.
 */
export function agencyFromCredit(credit: string): AgencyCode | null {
  const squash = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[\u0622\u0623\u0625]/g, '\u0627')
      .replace(/[\s.\u200F\u200E]/g, '')
      .toLowerCase();
  const wanted = squash(credit);
  if (wanted.length === 0) return null;
  for (const code of AGENCY_CODES) {
    const a = AGENCIES[code];
    if (squash(a.ar) === wanted || squash(a.en) === wanted || code.toLowerCase() === wanted) return code;
  }
  return null;
}
