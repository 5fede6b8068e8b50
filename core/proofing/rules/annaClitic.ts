import { listedWordsRule } from './listedWords';

/**
 * لإن → لأن, بإنه → بأنه: after ل and ب, «أنّ» keeps its hamza above (لأنّ "because", بأنّ "that"); «إنّ»
 * never follows them. Ayaspell accepts لإنها, so the dictionary cannot tell.
 */
const SUFFIXES = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ني', 'ك', 'كم'];
const PAIRS = ['ل', 'ب'].flatMap((p) => SUFFIXES.map((s) => [`${p}إن${s}`, `${p}أن${s}`] as const));

export const ANNA_CLITIC = listedWordsRule('ANNA_CLITIC', 'error', { plain: PAIRS });
