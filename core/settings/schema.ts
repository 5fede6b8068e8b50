/**
 * The person's settings, stored in the archive and validated here. Every field has a default, so an archive
 * from before a setting existed reads as if the person had chosen the default.
 */
import { z } from 'zod';
import { BackupFolderSchema, BackupKeepSchema } from './backupLocation';
import { LANGUAGE_TAG } from '../article/schema';
import { BACKUP_KEEP } from '../backup/backupEntry';
import { ProofingSettingsPatchSchema, ProofingSettingsSchema } from '../proofing/settings';

// The person and role live in their own module so the article's schema can name an author without an
// import cycle (this file reads LANGUAGE_TAG from the article's).
export { ROLES, ProfileSchema, type Role, type Profile } from './profile';
import { ProfileSchema } from './profile';

/** The language a new article starts in: the article's own rule (BCP 47). */
const ArticleLanguageSchema = z.string().regex(LANGUAGE_TAG);
/** Print budget in characters (grapheme clusters). */
const HeadlineCharactersSchema = z.number().int().min(10).max(500);
/** Web/search budget: rendered width in CSS pixels in the headline font. */
const HeadlineWidthSchema = z.number().int().min(100).max(2000);
/** Reading speed for reading time, words per minute. */
const ReadingSpeedSchema = z.number().int().min(50).max(1000);
/** Pause in typing before autosave, milliseconds (the issue caps it at one second). */
const AutosaveDelaySchema = z.number().int().min(200).max(1000);

/** The sections the newsroom writes for, in the order it wants them offered. */
export const SectionsSchema = z.array(z.string().trim().min(1).max(100)).max(200);

export const SettingsSchema = z.object({
  /** The interface language; the chrome mirrors for Arabic. */
  interfaceLanguage: z.enum(['ar', 'en']).default('ar'),
  /** The language a new article starts in (BCP 47). */
  articleLanguage: ArticleLanguageSchema.default('ar'),
  /** Which digits the newsroom prints; mixing both in one article is flagged. */
  digits: z.enum(['western', 'arabic-indic']).default('western'),
  headlineBudget: z
    .object({
      characters: HeadlineCharactersSchema.default(80),
      widthPx: HeadlineWidthSchema.default(600),
    })
    .prefault({}),
  readingWordsPerMinute: ReadingSpeedSchema.default(180),
  autosaveDelayMs: AutosaveDelaySchema.default(600),
  backups: z
    .object({
      /** Folder for backups; empty means `backups/` beside the archive. Kept in the sidecar (backupLocation.ts). */
      folder: BackupFolderSchema.default(''),
      keep: BackupKeepSchema.default(BACKUP_KEEP.default),
    })
    .prefault({}),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  profile: ProfileSchema.nullable().default(null),
  // proofing: spelling, Word's strictness switches, the newsroom's words, house-style rules
  proofing: ProofingSettingsSchema.prefault({}),
  // review-ux: the newsroom's sections, offered in the article's section field (free text allowed)
  sections: SectionsSchema.default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A change to some settings; nested groups may be given in part. */
export const SettingsPatchSchema = z.object({
  interfaceLanguage: SettingsSchema.shape.interfaceLanguage.unwrap().optional(),
  articleLanguage: ArticleLanguageSchema.optional(),
  digits: SettingsSchema.shape.digits.unwrap().optional(),
  headlineBudget: z.object({ characters: HeadlineCharactersSchema, widthPx: HeadlineWidthSchema }).partial().optional(),
  readingWordsPerMinute: ReadingSpeedSchema.optional(),
  autosaveDelayMs: AutosaveDelaySchema.optional(),
  backups: z.object({ folder: BackupFolderSchema, keep: BackupKeepSchema }).partial().optional(),
  theme: SettingsSchema.shape.theme.unwrap().optional(),
  profile: ProfileSchema.nullable().optional(),
  // proofing
  proofing: ProofingSettingsPatchSchema.optional(),
  sections: SectionsSchema.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Applies a patch: groups merge field by field, everything else replaces. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return SettingsSchema.parse({
    ...current,
    ...patch,
    headlineBudget: { ...current.headlineBudget, ...patch.headlineBudget },
    backups: { ...current.backups, ...patch.backups },
    proofing: { ...current.proofing, ...patch.proofing },
  });
}
