/** The message of a rule, in the person's language (core/i18n: `proofing.rule.ID`). */
import type { MessageKey } from '../i18n/ar';

export function ruleMessageKey(rule: string): MessageKey {
  return `proofing.rule.${rule}` as MessageKey;
}
