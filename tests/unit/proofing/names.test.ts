/**
 * Names and foreign words are not slips (issue 18, session 9): a word in a name's place (after a title, beside
 * a word no dictionary knows) is left alone by the rules whose false alarms were names, and compound names with
 * الله are not "two words run together"; the newsroom's names take clitics. The dictionary is the real one (Ayaspell through hunspell-asm).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDictionary, type ProofingDictionary } from '../../../core/proofing/dictionary';
import { lint } from '../../../core/proofing/lint';
import { DEFAULT_PROOFING } from '../../../core/proofing/settings';
import type { Spellers } from '../../../db/proofing/hunspell';
import { realProofing } from '../../helpers/realProofing';

let dictionary: ProofingDictionary;
let spellers: Spellers;
beforeAll(async () => ({ spellers, dictionary } = await realProofing()), 30_000);

const found = (rule: string, text: string) =>
  lint([text], { dictionary, settings: DEFAULT_PROOFING, digits: 'western', suggest: false })
    .filter((f) => f.rule === rule)
    .map((f) => f.found);

describe('names and foreign words', () => {
  it('HAMZA_MEDIAL leaves a word in a name’s place alone, and still flags the slip elsewhere', () => {
    // After a title or a word naming a kind of person or place.
    expect(found('HAMZA_MEDIAL', 'قال الرئيس الياس الهراوي')).toEqual([]);
    expect(found('HAMZA_MEDIAL', 'أغنية مطرب الراب')).toEqual([]);
    // A title with its complement between.
    expect(found('HAMZA_MEDIAL', 'كان صوت وزير الداخلية الياس المر')).toEqual([]);
    // Beside a word no dictionary knows and no slip explains (a foreign name of two words).
    expect(found('HAMZA_MEDIAL', 'في حي لاس بارانكياس الفقير')).toEqual([]);
    expect(found('HAMZA_MEDIAL', 'قصة مايك تايسون')).toEqual([]);
    // The same words with no name around them are the slips they look like.
    expect(found('HAMZA_MEDIAL', 'أصابه الياس من الحل')).toEqual(['الياس']);
    expect(found('HAMZA_MEDIAL', 'قصة تايسون')).toEqual(['تايسون']);
    // A neighbour that is itself a slip (اعلن) is no stranger: the slip beside it is still found.
    expect(found('HAMZA_MEDIAL', 'اعلن تاكد الخبر')).toEqual(['تاكد']);
  });

  it('DAD_ZA leaves a name beside an unknown name alone', () => {
    expect(found('DAD_ZA', 'مخايل ضاهر وروبير غانم')).toEqual([]);
    expect(found('DAD_ZA', 'ساد الاظطراب في المدينة')).toEqual(['الاظطراب']);
  });

  it('HAMZAT_WASL reads only إ as a hamza on wasl: a name with أ is left alone', () => {
    expect(found('HAMZAT_WASL', 'إزاحة الستار عن نصب أنطون سعادة')).toEqual([]);
    expect(found('HAMZAT_WASL', 'بعد الإجتماع وللإشتباك')).toEqual(['الإجتماع', 'وللإشتباك']);
  });

  it('SPELLING does not split a compound name with الله, and still splits other joined words', () => {
    expect(found('SPELLING', 'استقبل البطريرك نصرالله صفير وجارالله')).toEqual([]);
    expect(found('SPELLING', 'التقى وزيرالخارجية الإمام فخرالدين')).toEqual(['وزيرالخارجية', 'فخرالدين']);
  });

  it('a name from the settings or the archive is accepted with a clitic before it', () => {
    const settings = { ...DEFAULT_PROOFING, names: ['باول'] };
    const named = createDictionary({ ...spellers, settings, accepted: new Set(['ضاهر']) });
    const rules = (text: string, dict: ProofingDictionary) =>
      lint([text], { dictionary: dict, settings, digits: 'western', suggest: false }).map((f) => [f.rule, f.found]);
    expect(rules('قال باول وباول ولباول', named)).toEqual([]);
    expect(rules('قال ضاهر وضاهر', named)).toEqual([]);
    // Without them, the same words are the slips they look like.
    expect(rules('قال وباول', dictionary)).toEqual([['HAMZA_INITIAL', 'وباول']]);
    // A clitic alone before a name is not enough: the article is no clitic (الباول is no name).
    expect(named.isWord('الباول')).toBe(false);
  });
});
