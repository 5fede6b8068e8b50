/**
 * Interface text as the app shows it, read from the locale files through the app's own `translate`: a test
 * names a button or a message by its key, so a reworded label moves the test with it and no test holds a copy
 * that could drift. Text a test typed (a headline, a paragraph) is data and stays literal in the test.
 */
import type { MessageKey } from '../../core/i18n/ar';
import { translate, type Locale } from '../../core/i18n/translate';

export type LabelParams = Record<string, string | number>;

/** The text for `key` in `locale`, its placeholders (and plural form) filled as the app fills them. */
export function label(locale: Locale, key: MessageKey, params: LabelParams = {}): string {
  return translate(locale, key, params);
}

/** Arabic, the interface's first language and the one most tests drive. */
export function ar(key: MessageKey, params: LabelParams = {}): string {
  return translate('ar', key, params);
}

export function en(key: MessageKey, params: LabelParams = {}): string {
  return translate('en', key, params);
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a pattern must match: the whole text, its start, or anywhere in it. */
export type Anchor = 'whole' | 'start' | 'anywhere';

/**
 * A pattern for a message whose parameters a test cannot know exactly (a time, a folder): a parameter given as
 * a RegExp matches what that pattern matches, and a placeholder left unfilled matches any text.
 */
export function labelPattern(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number | RegExp> = {},
  anchor: Anchor = 'whole',
): RegExp {
  const patterns: string[] = [];
  const filled: LabelParams = {};
  for (const [name, value] of Object.entries(params)) {
    // A marker no message contains, swapped for the pattern once the text around it is escaped.
    if (value instanceof RegExp) filled[name] = `\uE000${patterns.push(value.source) - 1}\uE001`;
    else filled[name] = value;
  }
  const source = escape(translate(locale, key, filled))
    .replace(/\uE000(\d+)\uE001/g, (_, i: string) => `(?:${patterns[Number(i)]})`)
    .replace(/\\\{\w+\\\}/g, '.+?');
  return new RegExp(anchor === 'whole' ? `^${source}$` : anchor === 'start' ? `^${source}` : source);
}

/** Text matching any of the patterns: a state said by one of several messages. */
export function anyOf(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}
