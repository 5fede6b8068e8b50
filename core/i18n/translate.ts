import { ar, type MessageKey } from './ar';
import { en } from './en';

export const LOCALES = { ar, en } as const;
export type Locale = keyof typeof LOCALES;

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = LOCALES[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
