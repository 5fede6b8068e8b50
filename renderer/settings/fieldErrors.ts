/**
 * Turning the core schema's verdict on a settings change into one sentence per field, in the person's
 * language. Number ranges are read from the schema itself, so the message can never disagree with the rule.
 */
import type { z } from 'zod';
import { SettingsPatchSchema } from '../../core/settings/schema';
import type { MessageKey } from '../../core/i18n/ar';
import type { ErrorLike } from '../../core/i18n/errorText';

export type FieldName =
  | 'articleLanguage'
  | 'headlineCharacters'
  | 'headlineWidth'
  | 'autosaveDelay'
  | 'readingSpeed'
  | 'backupKeep'
  | 'backupFolder'
  | 'profileName'
  | 'sections';

/** A sentence from the locale files, or a refusal from the archive that errorText composes. */
export type FieldError = { key: MessageKey; params: Record<string, string | number> } | { refusal: ErrorLike };

type NumberSchema = { minValue: number | null; maxValue: number | null };
const shape = SettingsPatchSchema.shape;
const rangeOf = (schema: unknown): Record<string, number> => {
  const { minValue, maxValue } = schema as NumberSchema;
  return { min: minValue ?? 0, max: maxValue ?? 0 };
};
const budget = shape.headlineBudget.unwrap().shape;
const backups = shape.backups.unwrap().shape;

/** Which field a schema path belongs to, and what to say about it. */
const FIELDS: Array<{ path: string; field: FieldName; error: FieldError }> = [
  { path: 'articleLanguage', field: 'articleLanguage', error: { key: 'settings.error.language', params: {} } },
  {
    path: 'headlineBudget.characters',
    field: 'headlineCharacters',
    error: { key: 'settings.error.range', params: rangeOf(budget.characters.unwrap()) },
  },
  {
    path: 'headlineBudget.widthPx',
    field: 'headlineWidth',
    error: { key: 'settings.error.range', params: rangeOf(budget.widthPx.unwrap()) },
  },
  {
    path: 'autosaveDelayMs',
    field: 'autosaveDelay',
    error: { key: 'settings.error.range', params: rangeOf(shape.autosaveDelayMs.unwrap()) },
  },
  {
    path: 'readingWordsPerMinute',
    field: 'readingSpeed',
    error: { key: 'settings.error.range', params: rangeOf(shape.readingWordsPerMinute.unwrap()) },
  },
  {
    path: 'backups.keep',
    field: 'backupKeep',
    error: { key: 'settings.error.range', params: rangeOf(backups.keep.unwrap()) },
  },
  { path: 'profile.name', field: 'profileName', error: { key: 'settings.error.name', params: {} } },
  { path: 'backups.folder', field: 'backupFolder', error: { key: 'settings.error.backupFolder', params: {} } },
  { path: 'sections', field: 'sections', error: { key: 'settings.error.sections', params: {} } },
];

export function fieldErrors(issues: readonly Pick<z.core.$ZodIssue, 'path'>[]): Partial<Record<FieldName, FieldError>> {
  const errors: Partial<Record<FieldName, FieldError>> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const match = FIELDS.find((f) => path === f.path || path.startsWith(`${f.path}.`));
    if (match) errors[match.field] = match.error;
  }
  return errors;
}

/**
 * The field a refusal from the archive names (its `field` parameter is the schema path). A folder the
 * archive could not write to says so in its own words, naming the folder and the reason.
 */
export function fieldErrorsFromRefusal(error: ErrorLike): Partial<Record<FieldName, FieldError>> {
  if (error.code === 'backup_folder_unusable') return { backupFolder: { refusal: error } };
  const path = error.params.field;
  return path === undefined ? {} : fieldErrors([{ path: String(path).split('.') }]);
}
