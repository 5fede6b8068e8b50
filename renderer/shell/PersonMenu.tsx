/**
 * Who is working, in every screen's header: the name and role, a menu that switches the role in place (an
 * editor reviewing on a journalist's computer should not have to look for the settings at the foot of the
 * archive), and the settings and About screens.
 */
import { ROLES } from '../../core/settings/schema';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { MenuButton, type MenuItem } from '../ui/MenuButton';
// newsroom sync: while signed in the role is the server's, so the menu does not offer to switch it
import { useNewsroom } from '../sync/NewsroomProvider';

export function PersonMenu() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const profile = settings.profile;
  const roleFromServer = useNewsroom().status?.signedIn === true;
  const roleItems: MenuItem[] =
    profile && !roleFromServer
      ? ROLES.map((role) => ({
          key: role,
          testId: `role-${role}`,
          label: `${t('person.role')}: ${t(`settings.role.${role}`)}`,
          kind: 'radio' as const,
          checked: profile.role === role,
          onSelect: () => void update({ profile: { ...profile, role } }),
        }))
      : [];
  const go = (hash: string) => () => {
    window.location.hash = hash;
  };
  return (
    <MenuButton
      className="button button--quiet"
      caret
      align="end"
      testId="person-menu"
      label={
        profile
          ? t('person.menu.label', { name: profile.name, role: t(`settings.role.${profile.role}`) })
          : t('person.none')
      }
      items={[
        ...roleItems,
        { key: 'settings', testId: 'open-settings', label: t('person.settings'), onSelect: go('#/settings') },
        { key: 'about', label: t('person.about'), onSelect: go('#/about') },
      ]}
    >
      {profile ? (
        <>
          <bdi className="person-menu__name" dir="auto">
            {profile.name}
          </bdi>
          <span className="person-menu__role">{t(`settings.role.${profile.role}`)}</span>
        </>
      ) : (
        <span>{t('person.none')}</span>
      )}
    </MenuButton>
  );
}

/**
 * The end of every screen's header: a place kept for the newsroom sync indicator (a self-contained component
 * of its own), then the person menu.
 */
export function HeaderEnd() {
  return (
    <div className="toolbar__end">
      <div className="toolbar__sync" data-slot="sync" />
      <PersonMenu />
    </div>
  );
}
