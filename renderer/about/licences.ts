/**
 * What Midad ships that others made, with the licence each comes under. The font licence texts are
 * bundled from the font packages themselves, so they are the exact texts of what is shipped.
 */
import naskhLicence from '@fontsource/noto-naskh-arabic/LICENSE?raw';
import sansLicence from '@fontsource/noto-sans-arabic/LICENSE?raw';

export interface BundledWork {
  name: string;
  licence: string;
  text: string;
}

export const BUNDLED_FONTS: BundledWork[] = [
  { name: 'Noto Naskh Arabic', licence: 'SIL Open Font License 1.1', text: naskhLicence },
  { name: 'Noto Sans Arabic', licence: 'SIL Open Font License 1.1', text: sansLicence },
];

/** None yet: a spelling dictionary added to the app is listed here with its licence. */
export const BUNDLED_DICTIONARIES: BundledWork[] = [];
