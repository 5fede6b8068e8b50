/**
 * Proofing's settings, kept with the person's other settings (core/settings/schema.ts): the three strictness
 * switches Word offers for Arabic, the newsroom's vocabulary threshold and names, and the house-style rules.
 */
import { z } from 'zod';

export const ProofingSettingsSchema = z.object({
  spelling: z.boolean().default(true),
  /**
   * Underline every word the dictionaries do not know, as Word does. Off (the default): only words with a
   * slip in their own letters are underlined, and unknown words (mostly names) are listed.
   */
  underlineUnknown: z.boolean().default(false),
  /** A word found in at least this many stored articles is the newsroom's vocabulary, not a typo. */
  vocabularyThreshold: z.number().int().min(1).max(1000).default(3),
  /** Names and terms the newsroom spells its own way, one per entry. */
  names: z.array(z.string().trim().min(1).max(100)).max(5000).default([]),
  /** Word's "strict initial alef hamza": اعلن for أعلن is a mistake. */
  strictInitialAlef: z.boolean().default(true),
  /** Word's "strict final yaa": مصرى for مصري is a mistake. */
  strictFinalYaa: z.boolean().default(true),
  /** Word's "strict taa marbuta": الجمعه for الجمعة is a mistake. */
  strictTaaMarbuta: z.boolean().default(true),
  /** House style: quotations in guillemets «» rather than the agencies' straight quotes. */
  guillemets: z.boolean().default(false),
  /** House style: عبد الله written apart. */
  splitAbd: z.boolean().default(false),
  // issue 18, session 9: house style, decades
  /**
   * House style: decades with the yaa of the adjective (الثلاثينيات), underlined where written الثلاثينات. Off
   * (the default), DECADES is listed, not underlined: both forms are printed in edited Arabic news and usage
   * authorities differ (docs/house-style.md).
   */
  decadesWithYaa: z.boolean().default(false),
  // issue 18, session 10: house style, the day's name
  /**
   * House style: the day's name without a hamza (الاثنين), underlined where written الإثنين. Off (the default),
   * MONDAY_WASL is listed, not underlined: both are printed in edited Arabic news (docs/house-style.md).
   */
  mondayWasl: z.boolean().default(false),
  /** Rule ids the newsroom has switched off. */
  disabledRules: z
    .array(z.string().regex(/^[A-Z_]+$/))
    .max(200)
    .default([]),
});
export type ProofingSettings = z.infer<typeof ProofingSettingsSchema>;

export const DEFAULT_PROOFING: ProofingSettings = ProofingSettingsSchema.parse({});

/**
 * A change to some proofing settings: each field optional and WITHOUT its default. (zod's `.partial()` keeps
 * defaults, so `{ underlineUnknown: true }` would come out carrying every other field at its default and a
 * change to one switch would reset the person's other choices.)
 */
export const ProofingSettingsPatchSchema = z.object({
  spelling: ProofingSettingsSchema.shape.spelling.unwrap().optional(),
  underlineUnknown: ProofingSettingsSchema.shape.underlineUnknown.unwrap().optional(),
  vocabularyThreshold: ProofingSettingsSchema.shape.vocabularyThreshold.unwrap().optional(),
  names: ProofingSettingsSchema.shape.names.unwrap().optional(),
  strictInitialAlef: ProofingSettingsSchema.shape.strictInitialAlef.unwrap().optional(),
  strictFinalYaa: ProofingSettingsSchema.shape.strictFinalYaa.unwrap().optional(),
  strictTaaMarbuta: ProofingSettingsSchema.shape.strictTaaMarbuta.unwrap().optional(),
  guillemets: ProofingSettingsSchema.shape.guillemets.unwrap().optional(),
  splitAbd: ProofingSettingsSchema.shape.splitAbd.unwrap().optional(),
  decadesWithYaa: ProofingSettingsSchema.shape.decadesWithYaa.unwrap().optional(),
  mondayWasl: ProofingSettingsSchema.shape.mondayWasl.unwrap().optional(),
  disabledRules: ProofingSettingsSchema.shape.disabledRules.unwrap().optional(),
}) satisfies z.ZodType<Partial<ProofingSettings>>;
