/**
 * The settings form's draft: what the boxes hold (text, so a half-typed number stays as typed), made from the
 * stored settings and turned back into a change the core schema checks.
 */
import type { Role, Settings } from '../../core/settings/schema';

export interface Draft {
  interfaceLanguage: Settings['interfaceLanguage'];
  theme: Settings['theme'];
  articleLanguage: string;
  digits: Settings['digits'];
  headlineCharacters: string;
  headlineWidth: string;
  autosaveDelay: string;
  readingSpeed: string;
  backupKeep: string;
  backupFolder: string;
  profileName: string;
  profileRole: Role;
  /** One section a line. */
  sections: string;
}

export function toDraft(s: Settings): Draft {
  return {
    interfaceLanguage: s.interfaceLanguage,
    theme: s.theme,
    articleLanguage: s.articleLanguage,
    digits: s.digits,
    headlineCharacters: String(s.headlineBudget.characters),
    headlineWidth: String(s.headlineBudget.widthPx),
    autosaveDelay: String(s.autosaveDelayMs),
    readingSpeed: String(s.readingWordsPerMinute),
    backupKeep: String(s.backups.keep),
    backupFolder: s.backups.folder,
    profileName: s.profile?.name ?? '',
    profileRole: s.profile?.role ?? 'journalist',
    sections: s.sections.join('\n'),
  };
}

/** An empty box is not zero: it stays NaN so the schema refuses it. */
const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The change the draft asks for, unchecked: the caller parses it with `SettingsPatchSchema`. */
export function toPatch(d: Draft): unknown {
  return {
    interfaceLanguage: d.interfaceLanguage,
    theme: d.theme,
    articleLanguage: d.articleLanguage.trim(),
    digits: d.digits,
    headlineBudget: { characters: num(d.headlineCharacters), widthPx: num(d.headlineWidth) },
    autosaveDelayMs: num(d.autosaveDelay),
    readingWordsPerMinute: num(d.readingSpeed),
    // Empty: the backups folder beside the archive. The archive checks it can write there before keeping it.
    backups: { folder: d.backupFolder.trim(), keep: num(d.backupKeep) },
    // No name means no profile yet; a name without a role cannot happen (the role has a default).
    profile: d.profileName.trim() ? { name: d.profileName, role: d.profileRole } : null,
    sections: [...new Set(d.sections.split('\n').map((line) => line.trim()))].filter(Boolean),
  };
}
