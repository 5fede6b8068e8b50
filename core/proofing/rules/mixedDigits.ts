import type { Finding, Rule } from '../types';

/**
 * عام 2024 و٣٥ قتيلا: Western and Arabic-Indic digits in one article. Only when both appear; the runs not in
 * the house set (the settings' `digits`) are flagged, with the house form as the fix.
 */
const WESTERN = /[0-9]+/g;
const INDIC = /[\u0660-\u0669]+/g;

const toIndic = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const toWestern = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

export const MIXED_DIGITS: Rule = {
  id: 'MIXED_DIGITS',
  severity: 'warning',
  checkText(paragraphs, context) {
    const hasWestern = paragraphs.some((p) => /[0-9]/.test(p));
    const hasIndic = paragraphs.some((p) => /[\u0660-\u0669]/.test(p));
    if (!hasWestern || !hasIndic) return [];
    const wrong = context.digits === 'western' ? INDIC : WESTERN;
    const fix = context.digits === 'western' ? toWestern : toIndic;
    const out: Finding[] = [];
    paragraphs.forEach((paragraph, index) => {
      for (const m of paragraph.matchAll(wrong)) {
        out.push({
          rule: 'MIXED_DIGITS',
          severity: 'warning',
          paragraph: index,
          start: m.index,
          length: m[0].length,
          found: m[0],
          suggestions: [fix(m[0])],
        });
      }
    });
    return out;
  },
};
