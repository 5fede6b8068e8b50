/**
 * Names and foreign words are not slips (issue 18, session 9): a word in a name's place (after a title, beside
 * a word no dictionary knows) is left alone by the rules whose false alarms were names, and compound names with
 * الله are not "two words run together". The dictionary is the real one (Ayaspell through hunspell-asm).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDictionary, type ProofingDictionary } from '../../../core/proofing/dictionary';
import { lint } from '../../../core/proofing/lint';
import { DEFAULT_PROOFING } from '../../../core/proofing/settings';
import { loadSpellers } from '../../../db/proofing/hunspell';

let dictionary: ProofingDictionary;
beforeAll(async () => {
  dictionary = createDictionary({ ...(await loadSpellers()), settings: DEFAULT_PROOFING });
}, 30_000);

const found = (rule: string, text: string) =>
  lint([text], { dictionary, settings: DEFAULT_PROOFING, digits: 'western', suggest: false })
    .filter((f) => f.rule === rule)
    .map((f) => f.found);

describe('names and foreign words', () => {
  it('SPELLING does not split a compound name with الله, and still splits other joined words', () => {
    expect(found('SPELLING', 'استقبل البطريرك نصرالله صفير وجارالله')).toEqual([]);
    expect(found('SPELLING', 'التقى وزيرالخارجية الإمام فخرالدين')).toEqual(['وزيرالخارجية', 'فخرالدين']);
  });
});
