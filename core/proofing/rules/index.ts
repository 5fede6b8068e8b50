/**
 * Every copy-desk rule, in the order findings on the same words are kept: the specific rules (a hamza slip,
 * a set phrase) before the general ones, and spelling (spelling.ts) after all of them.
 */
import type { Rule } from '../types';
import { AGENCY_CREDIT } from './agencyCredit';
import { ALEF_MAQSURA } from './alefMaqsura';
import { AN_ANNA_IN } from './anAnnaIn';
import { AR_LATIN_COMMA } from './arLatinComma';
import { AR_LATIN_QUESTION } from './arLatinQuestion';
import { AR_LATIN_SEMICOLON } from './arLatinSemicolon';
import { BRACKET_INNER_SPACE } from './bracketInnerSpace';
import { DAD_ZA } from './dadZa';
import { DATELINE } from './dateline';
import { DOUBLE_SPACE } from './doubleSpace';
import { DOUBLED_WORD } from './doubledWord';
import { EXT_DIGITS } from './extDigits';
import { GUILLEMETS } from './guillemets';
import { HAMZA_FREQUENT } from './hamzaFrequent';
import { HAMZA_ILA } from './hamzaIla';
import { HAMZA_INITIAL } from './hamzaInitial';
import { HAMZA_MEDIAL } from './hamzaMedial';
import { HAMZA_SEAT } from './hamzaSeat';
import { HAMZA_SWAP } from './hamzaSwap';
import { HAMZAT_WASL } from './hamzatWasl';
import { HATTA_INNAHU } from './hattaInnahu';
import { INSHALLAH } from './inshallah';
import { INVISIBLE_CHARS } from './invisibleChars';
import { JOINED_WORDS } from './joinedWords';
import { KAMA_WA_ANNA } from './kamaWaAnna';
import { LABUDDA_WA_AN } from './labuddaWaAn';
import { LIWAHDIHI } from './liwahdihi';
import { MEDIAL_YAA } from './medialYaa';
import { MIXED_DIGITS } from './mixedDigits';
import { NO_SPACE_AFTER_PUNCT } from './noSpaceAfterPunct';
import { PERSIAN_LOOKALIKE } from './persianLookalike';
import { REPEATED_PUNCT } from './repeatedPunct';
import { SAUFA_LAN } from './saufaLan';
import { SPACE_BEFORE_PUNCT } from './spaceBeforePunct';
import { SPLIT_ABD } from './splitAbd';
import { TAA_MARBUTA } from './taaMarbuta';
import { TATWEEL } from './tatweel';
// issue 18, session 7: listed words Hunspell accepts both ways, and two more one-letter slips
import { ALEF_MAQSURA_COMMON } from './alefMaqsuraCommon';
import { ANNA_CLITIC } from './annaClitic';
import { HAMZA_MADDA } from './hamzaMadda';
import { TAA_FOR_HAA } from './taaForHaa';
import { WASL_NOUNS } from './waslNouns';
import { BRACKET_OUTER_SPACE } from './bracketOuterSpace';
import { UNPAIRED_BRACKET } from './unpairedBracket';
import { KNOWN_MISSPELLING } from './knownMisspelling';
import { TANWEEN_AFTER_HAMZA } from './tanweenAfterHamza';
import { DECADES } from './decades';
// issue 18, session 8: rules tuned on the larger TUNE
import { LAM_HAMZA } from './lamHamza';
// issue 18, session 10: house style, the day's name
import { MONDAY_WASL } from './mondayWasl';

export const RULES: readonly Rule[] = [
  INSHALLAH,
  SAUFA_LAN,
  HATTA_INNAHU,
  LABUDDA_WA_AN,
  KAMA_WA_ANNA,
  LIWAHDIHI,
  JOINED_WORDS,
  KNOWN_MISSPELLING,
  DECADES,
  DATELINE,
  AGENCY_CREDIT,
  HAMZA_ILA,
  AN_ANNA_IN,
  HAMZAT_WASL,
  HAMZA_INITIAL,
  HAMZA_SWAP,
  HAMZA_MADDA,
  HAMZA_FREQUENT,
  MONDAY_WASL,
  WASL_NOUNS,
  ANNA_CLITIC,
  LAM_HAMZA,
  HAMZA_MEDIAL,
  HAMZA_SEAT,
  TANWEEN_AFTER_HAMZA,
  TAA_MARBUTA,
  TAA_FOR_HAA,
  ALEF_MAQSURA_COMMON,
  ALEF_MAQSURA,
  MEDIAL_YAA,
  DAD_ZA,
  PERSIAN_LOOKALIKE,
  INVISIBLE_CHARS,
  TATWEEL,
  EXT_DIGITS,
  MIXED_DIGITS,
  SPLIT_ABD,
  DOUBLED_WORD,
  AR_LATIN_COMMA,
  AR_LATIN_SEMICOLON,
  AR_LATIN_QUESTION,
  REPEATED_PUNCT,
  SPACE_BEFORE_PUNCT,
  NO_SPACE_AFTER_PUNCT,
  BRACKET_INNER_SPACE,
  BRACKET_OUTER_SPACE,
  UNPAIRED_BRACKET,
  DOUBLE_SPACE,
  GUILLEMETS,
];

export const RULE_IDS = [...RULES.map((r) => r.id), 'SPELLING', 'UNKNOWN_WORD'] as const;
