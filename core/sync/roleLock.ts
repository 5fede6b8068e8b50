/**
 * While a person is signed in to the newsroom, their role is the server's: the local workflow must
 * ask what the server will enforce, so a settings change that would give the profile another role (or take
 * the profile away) is refused at the API, whichever window or script sends it. The name may still change.
 */
import type { Profile, Role, SettingsPatch } from '../settings/schema';

/**
 * The role the patch would leave the profile with differs from the one the server gives (or, before the
 * server has answered since a restart, from the one last taken from it). False when the patch leaves the
 * profile alone.
 */
export function roleChangeRefused(patch: SettingsPatch, current: Profile | null, serverRole: Role | null): boolean {
  if (patch.profile === undefined) return false;
  const locked = serverRole ?? current?.role ?? null;
  if (locked === null) return false;
  return patch.profile === null || patch.profile.role !== locked;
}
