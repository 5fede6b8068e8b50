/**
 * The API's side of "the role comes from the server while signed in": `settings.update` asks this
 * before writing, so the desktop window, the browser build and any script over the bridge are all refused
 * alike, not only the settings screen that greys the field out.
 */
import { MidadError } from '../../core/api/errors';
import type { SettingsPatch } from '../../core/settings/schema';
import { roleChangeRefused } from '../../core/sync/roleLock';
import type { Archive } from '../archive';
import { readSettings } from '../settings';
import type { NewsroomMethods } from './newsroomService';

export async function guardRoleWhileSignedIn(
  archive: Archive,
  newsroom: Pick<NewsroomMethods, 'newsroom.status'>,
  patch: SettingsPatch,
): Promise<void> {
  if (patch.profile === undefined) return;
  const status = await newsroom['newsroom.status']({});
  if (!status.signedIn) return;
  if (roleChangeRefused(patch, readSettings(archive).profile, status.role))
    throw new MidadError(
      'role_from_server',
      'While signed in to the newsroom, the role is the one its server gives; sign out first to change it.',
      { role: status.role ?? readSettings(archive).profile?.role ?? '' },
    );
}
