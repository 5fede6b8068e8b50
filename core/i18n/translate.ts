import { ar, type MessageKey } from './ar';
import { en } from './en';
import { pluralForm, type PluralMessage } from './plural';

export const LOCALES = { ar, en } as const;
export type Locale = keyof typeof LOCALES;

/** A locale file's value: a sentence, or the forms of one that follows a number (plural.ts). */
export type Message = string | PluralMessage;

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const message: Message = LOCALES[locale][key];
  const template = typeof message === 'string' ? message : pluralForm(locale, message, params);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
