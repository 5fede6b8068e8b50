/**
 * What the words around a hamza slip say of its reading, where both spellings it could stand for are words
 * (اما: أما "as for" or إما "either"; ابعاده: أبعاده "its dimensions" or إبعاده "removing him"; ان: أن or إن).
 * Hunspell and the archive's usage (usage.ts) know words, not sentences; these are the few readings a copy
 * editor settles from the neighbouring words alone, each for a grammatical reason, with closed classes only
 * (particles, quantifiers, number words), never a list of content words.
 *
 * A bare first alef is never itself a word here (امل, اما, احياء are not: the rules flag only non-words), so the
 * context never decides whether to flag, only which fix comes first: the candidates the context rules out go
 * last, in their order, and where it says nothing the order given (the archive's usage, the rules of thumb)
 * stands.
 */
import type { WordAt } from './text';

/** The neighbours of words[i] within its sentence, nearest first: a full stop, ؟ ! ؛ or : ends the look. */
export interface Around {
  /** Words before, nearest first. */
  before: string[];
  /** Words after, nearest first. */
  after: string[];
  /** Whether a number in digits stands just before the word (3 آلاف، 5 أجزاء). */
  counted: boolean;
  /**
   * Whether the word opens its sentence (paragraph start, after . ؟ ! ؛ :). Not after an opening quote: a
   * quotation after a verb is often its complement (أوضح “أن اللياقات…”، جاء فيه “أن القيادة”: all six on the
   * tuning files).
   */
  opens: boolean;
}

const STOP = /[.؟?!؛;:]/;

/** The words around words[i] in the same sentence, up to `reach` each side. */
export function around(paragraph: string, words: readonly WordAt[], i: number, reach = 12): Around {
  const gap = (a: number) => paragraph.slice(words[a]!.start + words[a]!.word.length, words[a + 1]!.start);
  const before: string[] = [];
  for (let k = i - 1; k >= 0 && before.length < reach && !STOP.test(gap(k)); k--) before.push(words[k]!.bare);
  const after: string[] = [];
  for (let k = i + 1; k < words.length && after.length < reach && !STOP.test(gap(k - 1)); k++)
    after.push(words[k]!.bare);
  const lead = i === 0 ? paragraph.slice(0, words[0]!.start) : gap(i - 1);
  // "(...) انها مفاجأة": a sentence ended in the gap (an elided quotation) opens another.
  const opens = i === 0 ? !/\p{L}/u.test(lead) : STOP.test(lead);
  return { before, after, opens, counted: /\d\s*$/.test(lead) };
}

/** و or ف before a particle: وقد، فلم، وبعض. */
const conj = (word: string) => word.replace(/^[وف](?=..)/, '');

/**
 * Particles only a verb follows: قد, لقد, لم, لن, سوف (and with و or ف). No verb begins with إ (a form IV
 * verb has أ: أعلن، أبعد; a verb of hamza has أ or آ: أخذ، آمن), so after them the إ reading, a verbal noun
 * (إبعاد، إعلان) or a particle (إن، إما), is ruled out.
 */
const VERB_PARTICLES = new Set(['قد', 'لقد', 'لم', 'لن', 'سوف']);

/**
 * Quantifiers and number words that count a plural: بعض الآباء، عدة أبعاد، ثلاثة أجزاء. After them a word
 * shaped both as the broken plural أفعال and as the verbal noun إفعال (أبعاد/إبعاد، أحياء/إحياء) is the plural.
 * Not كل or معظم before a bare noun: كل إجراء، معظم إنتاج are "every measure", "most production", verbal nouns;
 * كل with the article or a pronoun (بكل أبعاده، كل الأعمار) counts the plural again.
 */
const COUNTING = new Set(
  'بعض عدة جميع أغلب اغلب شتى ثلاثة اربعة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث اربع أربع خمس ست سبع ثماني تسع عشر'.split(
    ' ',
  ),
);
const ALL = new Set(['كل', 'معظم']);

/** The stem after the hamza of the shape أفعال / إفعال, with a pronoun after it or not: بعاد، حيائها. */
const AFAAL = /^[^اأإآ][^اأإآ]ا[^ا](?:ه|ها|هم|هما|هن|نا|ي|ك|كم)?$/;

/** How far after إما its أو may come (إما أن يوافق الوزير على الخطة أو…): further, أو belongs to another clause. */
const ANSWER_REACH = 8;

/** Whether أو (or وإما) answers an إما before a word with ف (أما's answer) does, within ANSWER_REACH words. */
function eitherOr(after: readonly string[]): boolean {
  for (const w of after.slice(0, ANSWER_REACH)) {
    if (/^(?:او|أو|وإما|واما)$/.test(w)) return true;
    // Any word opening with ف but في and its kin stops the look: a name (فرنسا) only makes it say أما, the
    // commoner reading, never إما.
    if (/^ف(?!ي)../.test(w)) return false;
  }
  return false;
}

/** Where the candidate puts its hamza, and what follows it, against the written word. */
function hamzaOf(word: string, candidate: string): { hamza: string; rest: string; definite: boolean } {
  let i = 0;
  while (i < word.length && word[i] === candidate[i]) i++;
  return { hamza: candidate[i] ?? '', rest: candidate.slice(i + 1), definite: candidate.slice(0, i).endsWith('ال') };
}

/** The readings the context rules out among HAMZA_INITIAL's candidates for `word`, by a reason each. */
function ruledOut(word: string, candidate: string, ctx: Around): boolean {
  const { hamza, rest, definite } = hamzaOf(word, candidate);
  const previous = ctx.before[0] === undefined ? '' : conj(ctx.before[0]);
  // إما … أو: "either" is answered by أو (or وإما) close after it in the sentence; أما "as for" is answered
  // by فـ (أما القسم الآخر فقد كان السائق أو المرافق…), so an أو after that belongs to the answer. Neither has a
  // madda (آما is Ayaspell's reading of آ + ما).
  if (rest === 'ما' && word.endsWith('اما') && candidate.length === word.length) {
    if (hamza === 'آ' || (hamza === 'إ') !== eitherOr(ctx.after)) return true;
  }
  // Particles and adverbs, a closed class whose other reading the next word settles: إي "yes" only before an
  // oath (إي والله), else أي; إثناء "praising" takes على (الإثناء على), أثناء "during" never does; الأمام
  // "the front" is where one goes (إلى الأمام، نحو الأمام), elsewhere الإمام (مرقد الإمام علي).
  const next = ctx.after[0] ?? '';
  if (rest === 'ي' && word.endsWith('اي')) return (hamza === 'إ') !== /^و(?:الله|ربي)$/.test(next);
  if (/^ثنا[ءئ]/.test(rest) && rest.length <= 6) return (hamza === 'إ') !== /^على|^عليه/.test(next);
  if (rest === 'مام' && definite && hamza === 'أ') return !/^(?:إلى|الى|نحو)$/.test(previous);
  // After قد، لن، لم، سوف a verb: not a verbal noun or particle with إ.
  if (hamza === 'إ' && VERB_PARTICLES.has(previous)) return true;
  // A counted plural: after a quantifier or a number, أفعال rather than إفعال.
  if (hamza === 'إ' && AFAAL.test(rest)) {
    const counted = COUNTING.has(previous) || ctx.counted;
    const all = ALL.has(previous.replace(/^[بل]/, '')) && (definite || rest.length > 4);
    if (counted || all) return true;
  }
  // The adjective after it agrees: a plural of things takes the feminine (الأعمال الإرهابية، الأحياء التي), a
  // verbal noun the masculine (الإعلان الرسمي، الإنتاج الذي). Only where the word heads its phrase (after a
  // preposition, with one, or opening the sentence): in وزارة الإعلام السورية the adjective is وزارة's.
  if (hamza !== 'آ' && definite && AFAAL.test(rest) && rest.length === 4 && heads(word, candidate, ctx)) {
    const next = ctx.after[0] ?? '';
    const feminine = /^ال..+ية$/.test(next) || next === 'التي';
    const masculine = /^ال..+[^ي]ي$/.test(next) || next === 'الذي';
    if ((hamza === 'إ' && feminine) || (hamza === 'أ' && masculine)) return true;
  }
  return false;
}

/** Prepositions written apart (ب، ل، ك are written on the word). */
const PREPOSITIONS = new Set('في من على عن الى إلى حتى منذ مع عند لدى حول ضد خلال بين نحو عبر'.split(' '));

/** Pronouns a predicate follows (هو الإعداد الذي تجريه). */
const PRONOUNS = new Set('هو هي هم هما هن نحن'.split(' '));

/**
 * Whether the word heads its phrase: a preposition before it or on it, a pronoun before it (its predicate), or
 * the sentence opens with it.
 */
function heads(word: string, candidate: string, ctx: Around): boolean {
  const clitic = candidate.slice(0, candidate.indexOf('ال'));
  const previous = ctx.before[0] ?? '';
  return (
    ctx.opens || /[بلك]/.test(clitic) || word.startsWith('لل') || PREPOSITIONS.has(previous) || PRONOUNS.has(previous)
  );
}

/**
 * HAMZA_INITIAL's candidates with those the context rules out moved last (both kept: the context can be wrong,
 * and the person chooses). Unchanged where the context rules out none or all.
 */
export function byContext(word: string, candidates: readonly string[], ctx: Around): string[] {
  if (candidates.length < 2) return [...candidates];
  const out = candidates.filter((c) => ruledOut(word, c, ctx));
  if (out.length === 0 || out.length === candidates.length) return [...candidates];
  return [...candidates.filter((c) => !out.includes(c)), ...out];
}

/** Verbs of saying, after which إن opens what was said (قال إن، قال الوزير إن). */
const SAY = /^[وف]?(?:قال|قالت|قالوا|قلت|يقول|تقول|يقولون|نقول|أقول)$/;

/**
 * Words after which only أن stands: prepositions and the adverbs of time that govern a clause with أن
 * (بعد أن، قبل أن، منذ أن، عن أن). إن never follows a preposition.
 */
const BEFORE_ANNA = new Set(
  'من عن على في الى إلى بعد قبل منذ دون بدون رغم برغم مع عند لدى مثل بمجرد لمجرد ريثما'.split(' '),
);

/**
 * Words after which إن opens a clause: بل إن، ثم إن (a clause after a conjunction of turning opens anew), ألا إن.
 * Not حيث or حتى, though grammars ask إن there too: the editors wrote حيث أن، حتى أن in all 3 places on the
 * tuning files, and a newsroom that wants حتى إن has HATTA_INNAHU.
 */
const OPENS_INNA = new Set(['بل', 'ثم', 'ألا']);

/**
 * Which of إن and أن the context of a bare ان supports: 'inna' or 'anna' first, or null where it cannot tell
 * (the rule's own default then). A sentence that opens with it, or a clause after a colon, opens with إن; after
 * a preposition only أن; after a verb of saying, إن, unless a preposition stands between (قال له كف عن أن).
 */
export function annaReading(ctx: Around): 'inna' | 'anna' | null {
  const previous = ctx.before[0] === undefined ? '' : conj(ctx.before[0]);
  if (ctx.opens) return 'inna';
  if (BEFORE_ANNA.has(previous) || BEFORE_ANNA.has(ctx.before[0] ?? '')) return 'anna';
  if (OPENS_INNA.has(ctx.before[0] ?? '')) return 'inna';
  // قال الوزير، إن…: the verb of saying may have its subject (up to three words) between it and إن.
  if (ctx.before.slice(0, 4).some((w) => SAY.test(w))) return 'inna';
  return null;
}
