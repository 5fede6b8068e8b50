/**
 * Messages whose words follow a number. Arabic has six forms (CLDR's plural categories, which
 * Intl.PluralRules gives for 'ar'): لا مقالات، مقال واحد، مقالان، 3–10 مقالات، 11–99 مقالاً، 100 مقال, and they
 * depend on the number's last two digits, so "{count} مقال" is right only for some numbers. English needs
 * two. A message names the forms it needs; `other` is always there and serves any it leaves out.
 */
export type PluralCategory = Intl.LDMLPluralRule;

export type PluralForms = Readonly<Partial<Record<PluralCategory, string>>> & { readonly other: string };

export interface PluralMessage {
  readonly plural: PluralForms;
  /** The parameter whose number decides the form; `count` unless the message says otherwise. */
  readonly by?: string;
}

export function plural(forms: PluralForms, by?: string): PluralMessage {
  return by === undefined ? { plural: forms } : { plural: forms, by };
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `message` for the number in `params`; `other` when there is no number. */
export function pluralForm(
  locale: string,
  message: PluralMessage,
  params: Readonly<Record<string, string | number>>,
): string {
  const n = Number(params[message.by ?? 'count']);
  if (!Number.isFinite(n)) return message.plural.other;
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return message.plural[rule.select(n)] ?? message.plural.other;
}
