/** Who is acting: every status change, comment and decision is stamped with the local profile. */
import { MidadError } from '../../core/api/errors';
import type { Profile } from '../../core/settings/schema';
import type { Archive } from '../archive';
import { readSettings } from '../settings';

export function requireProfile(archive: Archive): Profile {
  const profile = readSettings(archive).profile;
  if (!profile) {
    throw new MidadError('profile_required', 'Set your name and role (journalist or editor) in the settings first.');
  }
  return profile;
}
