/**
 * Issue 18, session 10: false alarms of the word-form and spacing rules on real news, each fixed at its reason
 * (a name's own hamza, a word both of whose forms are words, text laid out rather than typed). Every case here
 * failed before its change, and the slips beside it are still found. The real dictionary (Ayaspell through
 * hunspell-asm), since these rules ask it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDictionary, type ProofingDictionary } from '../../../core/proofing/dictionary';
import { lint } from '../../../core/proofing/lint';
import { hasWaslShape } from '../../../core/proofing/rules/hamzatWasl';
import { DEFAULT_PROOFING } from '../../../core/proofing/settings';
import { loadSpellers } from '../../../db/proofing/hunspell';

let dictionary: ProofingDictionary;
beforeAll(async () => {
  dictionary = createDictionary({ ...(await loadSpellers()), settings: DEFAULT_PROOFING });
}, 30_000);

/** What one rule finds in the text. */
const found = (rule: string, text: string) =>
  lint([text], { dictionary, settings: { ...DEFAULT_PROOFING, spelling: false }, digits: 'western' })
    .filter((f) => f.rule === rule)
    .map((f) => f.found);

describe('HAMZAT_WASL: only words of a shape hamzat wasl is found in', () => {
  it('leaves a name whose إ is its own, though its bare spelling is a word', () => {
    // اليود is "the iodine" to the dictionary: the runner is Eliud Kipchoge.
    expect(found('HAMZAT_WASL', 'الميدالية البرونزية من نصيب الكيني إليود كيبشوغ')).toEqual([]);
  });

  it('still finds the hamza on the verbs, verbal nouns, imperatives and nouns that take wasl', () => {
    expect(found('HAMZAT_WASL', 'إستقبل الرئيس وفدا للإشتراك في الإجتماع بإستمرار')).toEqual([
      'إستقبل',
      'للإشتراك',
      'الإجتماع',
      'بإستمرار',
    ]);
    expect(found('HAMZAT_WASL', 'إتصل بنا وإضغط هنا وإقرأ أيضا')).toEqual(['إتصل', 'وإضغط', 'وإقرأ']);
  });

  it('knows the shapes: forms VII–X, IX and the quadriliteral IV, the imperative, the wasl nouns', () => {
    for (const rest of ['ستقبال', 'نتشال', 'جتماع', 'تحاد', 'ضطراب', 'زدهار', 'حمرار', 'طمئنان', 'ضغط'])
      expect(hasWaslShape(rest), rest).toBe(true);
    for (const rest of ['منعوهم', 'بنهما', 'بنتهما', 'سمها', 'ثنين', 'مرأة'])
      expect(hasWaslShape(rest), rest).toBe(true);
    for (const rest of ['ليود', 'سكتلندا', 'سكندر', 'يلي', 'يفانكا']) expect(hasWaslShape(rest), rest).toBe(false);
  });
});
