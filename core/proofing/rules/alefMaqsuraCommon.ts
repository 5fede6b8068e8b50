import { listedWordsRule } from './listedWords';

/**
 * حتي → حتى, مستشفي → مستشفى, الأقصي → الأقصى: words news copy writes with a final alef maqsura that
 * Ayaspell also accepts with a yaa, so ALEF_MAQSURA (which needs the slip not to be a word) cannot see them.
 * Left out where the yaa form is a common word of its own: مبني، معني، مرمي (participles), قوي، علي، لدي، إلي،
 * الأولي ("primary"), العظمي ("of bone"), سوي.
 */
const PLAIN = ['حتى', 'موسى', 'مصطفى', 'مرتضى', 'أخرى', 'الأخرى', 'الكبرى', 'الصغرى', 'القصوى'];
const NOUNS = ['مستشفى', 'منتدى', 'ملتقى', 'مستوى', 'مدى', 'أقصى', 'أدنى', 'أعلى', 'مقهى'];
const slip = (w: string) => [`${w.slice(0, -1)}ي`, w] as const;

export const ALEF_MAQSURA_COMMON = listedWordsRule(
  'ALEF_MAQSURA_COMMON',
  'error',
  { plain: PLAIN.map(slip), nouns: NOUNS.map(slip) },
  (c) => c.settings.strictFinalYaa,
);
