/**
 * Arabic interface text written into a test by hand: a string literal that is, word for word, a message of
 * core/i18n/ar.ts (any plural form), or such a message with its numbers filled in («31 مقالاً», «1 من 3»). Tests
 * read those through tests/helpers/labels.ts instead, so a reworded label cannot leave a stale copy behind.
 * Only numbers count as filled-in placeholders: a headline or a name in «…» is the test's own data.
 */
import ts from 'typescript';
import { ar } from '../../core/i18n/ar';

export interface InterfaceText {
  line: number;
  text: string;
  key: string;
}

const ARABIC = /[\u0600-\u06FF]/;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Forms {
  /** Messages without placeholders, by their text. */
  exact: Map<string, string>;
  /** Messages with placeholders, each a pattern whose placeholders are numbers. */
  numbered: { key: string; pattern: RegExp }[];
}

const DIGITS = '[0-9\u0660-\u0669]+';

/** Every Arabic form of every message (a text several keys share is named by the first). */
function forms(): Forms {
  const all: Forms = { exact: new Map(), numbered: [] };
  for (const [key, message] of Object.entries(ar)) {
    const texts: string[] = typeof message === 'string' ? [message] : Object.values(message.plural);
    for (const value of texts) {
      if (!ARABIC.test(value)) continue;
      const parts = value.split(/\{\w+\}/);
      if (parts.length === 1) {
        if (!all.exact.has(value)) all.exact.set(value, key);
      } else all.numbered.push({ key, pattern: new RegExp(`^${parts.map(escape).join(DIGITS)}$`) });
    }
  }
  return all;
}

let cached: Forms | undefined;

function keyOf(text: string): string | undefined {
  cached ??= forms();
  // Only a text with a number in it can be a message with its placeholders filled.
  if (!new RegExp(DIGITS).test(text)) return cached.exact.get(text);
  return cached.exact.get(text) ?? cached.numbered.find(({ pattern }) => pattern.test(text))?.key;
}

/** The literals in `source` (a TypeScript file's text) that are interface text. */
export function interfaceTexts(fileName: string, source: string): InterfaceText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const found: InterfaceText[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && ARABIC.test(node.text)) {
      const key = keyOf(node.text);
      if (key) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push({ line, text: node.text, key });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
