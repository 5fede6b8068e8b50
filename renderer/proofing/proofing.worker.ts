/**
 * Proofing off the page's thread: Hunspell (hunspell-asm, WebAssembly; hence 'wasm-unsafe-eval' in the
 * page's policy) with the shipped dictionaries, fetched once as build assets, then the copy-desk rules.
 * Only paragraphs whose text changed are checked again; spelling suggestions are computed when asked.
 */
/// <reference lib="webworker" />
import { loadHunspell } from './hunspellBrowser';
import { createDictionary, type ProofingDictionary, type Speller } from '../../core/proofing/dictionary';
import { lintParagraph, lintText, type LintOptions } from '../../core/proofing/lint';
import { newsroomDictionary } from '../../core/proofing/newsroomDictionary';
import { DEFAULT_PROOFING } from '../../core/proofing/settings';
import type { Finding } from '../../core/proofing/types';
import type { FromWorker, ToWorker } from './protocol';

const FILES = {
  arAff: new URL('../../resources/dictionaries/ar.aff', import.meta.url),
  arDic: new URL('../../resources/dictionaries/ar.dic', import.meta.url),
  enAff: new URL('../../resources/dictionaries/en.aff', import.meta.url),
  enDic: new URL('../../resources/dictionaries/en.dic', import.meta.url),
};

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

async function bytes(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function loadSpellers(): Promise<{ arabic: Speller; english: Speller }> {
  const [factory, arAff, arDic, enAff, enDic] = await Promise.all([
    loadHunspell(),
    bytes(FILES.arAff),
    bytes(FILES.arDic),
    bytes(FILES.enAff),
    bytes(FILES.enDic),
  ]);
  return { arabic: factory.open(arAff, arDic, 'ar'), english: factory.open(enAff, enDic, 'en') };
}

const started = performance.now();
const spellers = loadSpellers();
let options: LintOptions | null = null;
/** Per field: paragraph key → [text, its own findings]. */
const cache = new Map<string, Map<string, [string, Finding[]]>>();

spellers.then(
  () => post({ type: 'ready', loadMs: performance.now() - started }),
  (error: unknown) => post({ type: 'failed', message: String(error) }),
);

async function handle(message: ToWorker) {
  const s = await spellers;
  if (message.type === 'configure') {
    // Frequent words and tagged names are kept only when no slip of a word (the same as `midad lint`).
    const dictionary: ProofingDictionary = newsroomDictionary(s, message.settings, message.words);
    options = { dictionary, settings: message.settings, digits: message.digits };
    cache.clear();
    return;
  }
  options ??= {
    dictionary: createDictionary({ ...s, settings: DEFAULT_PROOFING }),
    settings: DEFAULT_PROOFING,
    digits: 'western',
  };
  if (message.type === 'suggest') {
    post({ type: 'suggestions', id: message.id, suggestions: options.dictionary.suggest(message.word) });
    return;
  }
  const t0 = performance.now();
  const previous = cache.get(message.field) ?? new Map<string, [string, Finding[]]>();
  const next = new Map<string, [string, Finding[]]>();
  let checked = 0;
  message.paragraphs.forEach(({ key, text }, index) => {
    const known = previous.get(key);
    if (known && known[0] === text) {
      next.set(key, [text, known[1].map((f) => ({ ...f, paragraph: index }))]);
      return;
    }
    checked++;
    next.set(key, [text, lintParagraph(text, index, options!)]);
  });
  cache.set(message.field, next);
  const checkedMs = performance.now() - t0;
  const byKey: Record<string, Finding[]> = {};
  for (const [key, [, findings]] of next) byKey[key] = [...findings];
  // Whole-text rules (mixed digits) over the field, cheap enough to run every time.
  const texts = message.paragraphs.map((p) => p.text);
  for (const f of lintText(texts, options)) {
    const key = message.paragraphs[f.paragraph]!.key;
    byKey[key]!.push(f);
  }
  post({ type: 'findings', field: message.field, byKey, checked, checkedMs });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  handle(event.data).catch((error: unknown) => post({ type: 'failed', message: String(error) }));
};
