/**
 * The first suggestion as the newsroom writes (issue 18, session 9): where a rule's candidates are all words
 * (اخبار: إخبار and أخبار), the one the archive writes more often comes first (core/proofing/usage.ts). The
 * dictionary is the real one (Ayaspell through hunspell-asm); the archive's counts are handed in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDictionary, type ProofingDictionary } from '../../../core/proofing/dictionary';
import { lint } from '../../../core/proofing/lint';
import { newsroomDictionary } from '../../../core/proofing/newsroomDictionary';
import { DEFAULT_PROOFING } from '../../../core/proofing/settings';
import { hamzaStem, hamzaUsage, USAGE_MAX_STEMS } from '../../../core/proofing/usage';
import type { Spellers } from '../../../db/proofing/hunspell';
import { realProofing } from '../../helpers/realProofing';

let spellers: Spellers;
let bare: ProofingDictionary;
beforeAll(async () => ({ spellers, dictionary: bare } = await realProofing()), 30_000);

const withUsage = (usage: Record<string, number>) =>
  createDictionary({ ...spellers, settings: DEFAULT_PROOFING, usage });

/** The suggestions of the one finding on `text`, with its rule. */
const offered = (text: string, dictionary: ProofingDictionary) =>
  lint([text], { dictionary, settings: DEFAULT_PROOFING, digits: 'western', suggest: false }).map((f) => [
    f.rule,
    f.suggestions,
  ]);

describe('hamza usage from the archive', () => {
  it('counts a word by its form without proclitics, keeping the article', () => {
    expect(hamzaStem('والإعلام')).toBe('الإعلام');
    expect(hamzaStem('للإعلام')).toBe('الإعلام');
    expect(hamzaStem('بالإعلام')).toBe('الإعلام');
    expect(hamzaStem('لإعلام')).toBe('إعلام');
    expect(hamzaStem('وأخبار')).toBe('أخبار');
    expect(hamzaStem('أمام')).toBe('أمام');
    // No hamza on the first alef: nothing to count.
    expect(hamzaStem('اخبار')).toBeNull();
    expect(hamzaStem('الحكومة')).toBeNull();
    expect(hamzaStem('سأل')).toBeNull();
  });

  it('sends only stems at least two articles write, summed over their clitics, bounded', () => {
    const usage = hamzaUsage([
      ['الإعلام', 3],
      ['والإعلام', 2],
      ['أخبار', 1],
      ['الحكومة', 40],
    ]);
    expect(usage).toEqual({ الإعلام: 5 });
    const many = Array.from({ length: USAGE_MAX_STEMS + 10 }, (_, i) => [`أ${i}`, 2 + i] as const);
    const bounded = hamzaUsage(many);
    expect(Object.keys(bounded)).toHaveLength(USAGE_MAX_STEMS);
    // The most used are the ones kept.
    expect(bounded[`أ${USAGE_MAX_STEMS + 9}`]).toBe(USAGE_MAX_STEMS + 11);
    expect(bounded['أ0']).toBeUndefined();
  });

  it('puts first the hamza the archive writes, where both candidates are words', () => {
    // Without an archive, the rule's own order (interrogativeLast reads أ + خبار as a question).
    expect(offered('اخبار', bare)).toEqual([['HAMZA_INITIAL', ['إخبار', 'أخبار']]]);
    expect(offered('اخبار', withUsage({ أخبار: 12, إخبار: 1 }))).toEqual([['HAMZA_INITIAL', ['أخبار', 'إخبار']]]);
    // With a clitic, counted as the same word.
    expect(offered('والاعلام', bare)).toEqual([['HAMZA_INITIAL', ['والأعلام', 'والإعلام']]]);
    expect(offered('والاعلام', withUsage({ الإعلام: 7 }))).toEqual([['HAMZA_INITIAL', ['والإعلام', 'والأعلام']]]);
    // And the archive can keep today's order too: it only decides where it writes one more often.
    expect(offered('والاعلام', withUsage({ الأعلام: 7, الإعلام: 2 }))).toEqual([
      ['HAMZA_INITIAL', ['والأعلام', 'والإعلام']],
    ]);
    // Equal usage (or none of these words) keeps today's order.
    expect(offered('اخبار', withUsage({ أخبار: 4, إخبار: 4 }))).toEqual([['HAMZA_INITIAL', ['إخبار', 'أخبار']]]);
    expect(offered('اخبار', withUsage({ الحكومة: 40 }))).toEqual([['HAMZA_INITIAL', ['إخبار', 'أخبار']]]);
  });

  it('reads the article as part of the word: the preposition أمام does not rank الأمام', () => {
    expect(offered('الامام', withUsage({ أمام: 90, الإمام: 3 }))).toEqual([['HAMZA_INITIAL', ['الإمام', 'الأمام']]]);
    // Where the form as written says nothing, the word with and without the article together does.
    expect(offered('اخطار', withUsage({ الأخطار: 5 }))).toEqual([['HAMZA_INITIAL', ['أخطار', 'إخطار']]]);
    expect(offered('اخطار', bare)).toEqual([['HAMZA_INITIAL', ['إخطار', 'أخطار']]]);
  });

  it('ranks LAM_HAMZA’s two hamzas the same way, the negation still last', () => {
    expect(offered('لاعداد', bare)).toEqual([['LAM_HAMZA', ['لإعداد', 'لأعداد', 'لا عداد']]]);
    expect(offered('لاعداد', withUsage({ أعداد: 9, الأعداد: 4 }))).toEqual([
      ['LAM_HAMZA', ['لأعداد', 'لإعداد', 'لا عداد']],
    ]);
  });

  it('reaches the rules through the newsroom dictionary the worker and midad lint build', () => {
    const none = { frequent: [], tagged: [], added: [], ignored: [] };
    // Counted as written after the clitics: the pronoun stays (أصحابه, not أصحاب).
    const house = newsroomDictionary(spellers, DEFAULT_PROOFING, { ...none, usage: { أصحابه: 6, أصحاب: 1 } });
    const fresh = newsroomDictionary(spellers, DEFAULT_PROOFING, { ...none, usage: {} });
    expect(offered('اصحابه', house)).toEqual([['HAMZA_INITIAL', ['أصحابه', 'إصحابه']]]);
    expect(offered('اصحابه', fresh)).toEqual([['HAMZA_INITIAL', ['إصحابه', 'أصحابه']]]);
  });
});

describe('the first suggestion without an archive (a new workstation)', () => {
  it('offers the verbal noun إفالة first where the أ reading of the same letters is a word too', () => {
    expect(offered('اثارة', bare)).toEqual([['HAMZA_INITIAL', ['إثارة', 'أثارة']]]);
    expect(offered('الاثارة', bare)).toEqual([['HAMZA_INITIAL', ['الإثارة', 'الأثارة']]]);
    expect(offered('اثارته', bare)).toEqual([['HAMZA_INITIAL', ['إثارته', 'أثارته']]]);
    // The shape wants the ة (or its plural, or a pronoun after its ت): اثار keeps the order it had.
    expect(offered('اثار', bare)).toEqual([['HAMZA_INITIAL', ['إثار', 'أثار', 'آثار']]]);
    // And the archive still decides where it has a habit.
    expect(offered('اثارة', withUsage({ أثارة: 5 }))).toEqual([['HAMZA_INITIAL', ['أثارة', 'إثارة']]]);
  });
});
