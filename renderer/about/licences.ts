/**
 * What Midad ships that others made, with the licence each comes under. The font licence texts are
 * bundled from the font packages themselves, and the dictionaries' from the files shipped beside them
 * (resources/dictionaries), so they are the exact texts of what is shipped.
 */
import naskhLicence from '@fontsource/noto-naskh-arabic/LICENSE?raw';
import sansLicence from '@fontsource/noto-sans-arabic/LICENSE?raw';
import arabicDictionaryCopyright from '../../resources/dictionaries/ar.copyright?raw';
import englishDictionaryLicence from '../../resources/dictionaries/en.license?raw';
import type { MessageKey } from '../../core/i18n/ar';

export interface BundledWork {
  name: string;
  licence: string;
  text: string;
  /** What Midad changed in it, in the person's language (the name stays the maker's, in English). */
  note?: MessageKey;
}

export const BUNDLED_FONTS: BundledWork[] = [
  { name: 'Noto Naskh Arabic', licence: 'SIL Open Font License 1.1', text: naskhLicence },
  { name: 'Noto Sans Arabic', licence: 'SIL Open Font License 1.1', text: sansLicence },
];

/** The spelling dictionaries the proofing worker loads (resources/dictionaries/README.md). */
export const BUNDLED_DICTIONARIES: BundledWork[] = [
  {
    name: 'Ayaspell Arabic (hunspell-ar 3.2)',
    // Slimmed for Midad (scripts/slimDictionary.ts), as the head of its ar.aff says.
    note: 'about.slimmed',
    // The SPDX expression, as the English one's: the interface's sentence around it is in its language.
    licence: 'GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1',
    text: arabicDictionaryCopyright,
  },
  { name: 'SCOWL US English (dictionary-en 4.0.0)', licence: 'MIT AND BSD', text: englishDictionaryLicence },
];
