/**
 * The one-letter slips of Arabic copy (hamza on the first alef, hamzat wasl, the hamza's seat, taa marbuta,
 * alef maqsura), as candidate corrections of a word. A candidate counts only where the word itself is not a
 * word and the candidate is (the dictionary decides: كتابه is a word, الجمعه is not).
 */
import { proclitics } from './text';
import type { WordOracle } from './types';

export type SlipKind =
  | 'initialAlef'
  | 'hamzaSwap'
  | 'medialAlef'
  | 'wasl'
  | 'seat'
  | 'taaMarbuta'
  | 'alefMaqsura'
  | 'dadZa'
  | 'medialYaa'
  | 'madda'
  // issue 18, session 8
  | 'lamHamza';

/**
 * Words that begin with a hamza and lam whose bare spelling reads as the article (اليه، الوان، الان): the
 * article's alef is hamzat wasl, so only these get a hamza there, keyed by the bare spelling. Hunspell accepts
 * أ + ل + any word as a question (ألجمعه) and a few odd إل/آل forms (إلن، آلفة), so a list, not a guess.
 */
const HAMZA_LAM = new Map(
  (
    'إليه إليها إليهم إليهما إليك إليكم إلينا إلي إلا الآن آلاف آلة آليات آلية آلام ألف ألفا ألفي ألفين ألوف ' +
    'ألمانيا ألماني ألمانية ألمان ألوان ألعاب ألقى ألقت ألقاها ألقاه ألقوا ألغى ألغت ألزم ألزمت ألحق ألحقت ' +
    'ألمح ألمحت أليس ألبوم إلغاء إلزام إلزامي إلزامية إلكتروني إلكترونية إلقاء إلمام'
  )
    .split(' ')
    .map((w) => [w.replace(/[أإآ]/g, 'ا'), w] as const),
);

/** The word cut as proclitic + article + stem: وبالأردنية → ['وب', 'ال', 'أردنية']. */
function cuts(word: string): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const [pre, rest] of proclitics(word)) {
    out.push([pre, '', rest]);
    if (rest.startsWith('ال') && rest.length > 4) out.push([pre, 'ال', rest.slice(2)]);
    // ل + ال is written لل (للاجتماع).
    if (pre.endsWith('ل') && rest.startsWith('ل') && rest.length > 3) out.push([pre, 'ل', rest.slice(1)]);
  }
  return out;
}

/** Raw candidates of one kind, unchecked. */
export function candidates(word: string, kind: SlipKind): string[] {
  const out = new Set<string>();
  switch (kind) {
    case 'initialAlef':
      for (const [pre, al, stem] of cuts(word)) {
        if (stem.length < 2 || stem[0] !== 'ا') continue;
        // لا run into its verb or noun (لازال، ولاشك) is the negation, not ل + a word without its hamza.
        if (pre.endsWith('ل') && al === '') continue;
        // ك or ب before two letters is a word of its own more often than a clitic (كاز، باب).
        if (/[كب]$/.test(pre) && stem.length < 3) continue;
        if (al === '' && stem.startsWith('ال')) {
          const listed = HAMZA_LAM.get(stem);
          if (listed) out.add(pre + listed);
          continue;
        }
        for (const h of ['أ', 'إ', 'آ']) out.add(pre + al + h + stem.slice(1));
      }
      break;
    case 'hamzaSwap':
      // The hamza on the wrong side of the alef: إزمة → أزمة, أمبراطور → إمبراطور.
      for (const [pre, al, stem] of cuts(word)) {
        if (stem.length < 3) continue;
        if (stem[0] === 'إ') out.add(`${pre}${al}أ${stem.slice(1)}`);
        if (stem[0] === 'أ') out.add(`${pre}${al}إ${stem.slice(1)}`);
      }
      break;
    case 'medialAlef':
      // A bare alef inside the word for أ: تاكد → تأكد, متاخرة → متأخرة, الطمانينة → الطمأنينة. Each alef
      // but the first letter and the last, one at a time (a first alef is initialAlef's).
      for (let i = 1; i < word.length - 1; i++) {
        if (word[i] !== 'ا') continue;
        // Beside a hamza already written (تؤاخذ) the alef is a long vowel; ك before two letters is a word (كاز).
        if (/[ءأإآؤئ]/.test(word[i - 1]! + word[i + 1]!) || (word.length === 3 && word[0] === 'ك')) continue;
        out.add(`${word.slice(0, i)}أ${word.slice(i + 1)}`);
      }
      break;
    case 'wasl':
      for (const [pre, al, stem] of cuts(word)) {
        if (stem.length < 4 || (stem[0] !== 'إ' && stem[0] !== 'أ')) continue;
        out.add(`${pre}${al}ا${stem.slice(1)}`);
      }
      break;
    case 'seat':
      if (word.includes('ىء')) out.add(word.replace(/ىء/g, 'ئ'));
      if (word.includes('ءو')) out.add(word.replace(/ءو/g, 'ؤو'));
      if (/ئ$/.test(word)) out.add(`${word.slice(0, -1)}ء`);
      // القاريء → القارئ, طواريء → طوارئ: a final hamza after yaa sits on its seat.
      if (/يء$/.test(word)) out.add(`${word.slice(0, -2)}ئ`);
      break;
    case 'dadZa':
      // العضمى → العظمى, التغاظي → التغاضي: the two letters that sound alike in most dialects, one at a time.
      for (let i = 0; i < word.length; i++) {
        if (word[i] === 'ض') out.add(`${word.slice(0, i)}ظ${word.slice(i + 1)}`);
        if (word[i] === 'ظ') out.add(`${word.slice(0, i)}ض${word.slice(i + 1)}`);
      }
      break;
    case 'medialYaa':
      // رئىس → رئيس: alef maqsura is only ever the last letter.
      if (/ى./.test(word)) out.add(word.replace(/ى(?=.)/g, 'ي'));
      break;
    case 'taaMarbuta':
      if (word.length > 2 && word.endsWith('ه')) out.add(`${word.slice(0, -1)}ة`);
      break;
    case 'madda':
      // الأن → الآن, الأمال → الآمال: hamza on the first alef where the word has a madda (a long ā after it).
      // The article is cut here however short the stem: الأن is ال + أن.
      for (const [pre, rest] of proclitics(word)) {
        const at = rest.startsWith('الأ') ? 2 : rest.startsWith('لأ') && pre.endsWith('ل') ? 1 : 0;
        if (rest[at] === 'أ' && rest.length - at >= 2) out.add(`${pre}${rest.slice(0, at)}آ${rest.slice(at + 1)}`);
      }
      break;
    case 'lamHamza':
      // لاطلاق → لإطلاق, لاخر → لآخر: ل before a word whose first alef takes a hamza below or a madda
      // (initialAlef leaves ل + ا alone for the negation لا, and medialAlef gives only أ).
      for (const [pre, rest] of proclitics(word)) {
        if (!pre.endsWith('ل') || rest[0] !== 'ا' || rest.length < 4) continue;
        out.add(`${pre}إ${rest.slice(1)}`);
        out.add(`${pre}آ${rest.slice(1)}`);
      }
      break;
    case 'alefMaqsura':
      if (word.length > 1 && word.endsWith('ى')) out.add(`${word.slice(0, -1)}ي`);
      if (word.length > 1 && word.endsWith('ي')) out.add(`${word.slice(0, -1)}ى`);
      break;
  }
  out.delete(word);
  return [...out];
}

/**
 * The candidates of `kind` that are words, when `word` is not one. A hamza is never taken off to match a word
 * known only from the archive: the archive holds copy as published, and papers that drop their hamzas teach
 * names without them (ارميتاج، انطون, learned from annaharonline on the tuning files), which would turn the
 * right spelling (أرميتاج) into a "slip". Which hamzat wasl a word has is Hunspell's to say.
 */
export function slipFixes(word: string, kind: SlipKind, words: WordOracle): string[] {
  if (words.isWord(word)) return [];
  return candidates(word, kind).filter((c) => words.isWord(c) && !(kind === 'wasl' && words.learnedOnly?.(c)));
}
