import { listedWordsRule } from './listedWords';

/**
 * هذة → هذه, عنة → عنه, المياة → المياه: a taa marbuta where a haa belongs. A list, not a guess from the
 * dictionary: on the tuning files (tests/eval/aghlat.ts) the guess (any unknown word in ة whose ه form is a
 * word) fired 16 times, on names and words Ayaspell lacks (ضيفة، بالتفاتة، الطراونة), and never on a slip.
 * Left out where the ة form is a word (منة، علية، بينة، مثلة) or another slip (اللة is often الآلة), and
 * لة، بة, which the tuning files hold only as page furniture.
 */
const SHORT = ['هذه', 'عنه', 'فيه', 'إليه', 'لديه', 'عنده', 'معه', 'حوله', 'نفسه'];
const NOUNS = ['مياه', 'شفاه', 'أشباه', 'مشتبه'];
const slip = (w: string) => [`${w.slice(0, -1)}ة`, w] as const;

export const TAA_FOR_HAA = listedWordsRule('TAA_FOR_HAA', 'error', { short: SHORT.map(slip), nouns: NOUNS.map(slip) });
