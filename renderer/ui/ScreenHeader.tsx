/**
 * The bar at the top of a screen, the same on each: a way back (when there is one), the screen's title, what
 * the screen keeps in its bar (`children`, beside the title; `end`, pushed to the far side), and the person menu
 * last, where every screen has it.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { HeaderEnd } from '../shell/PersonMenu';

interface Props {
  title: string;
  /** Shows a back button; `backLabel` names where it goes (plain "Back" when not given). */
  onBack?: () => void;
  backLabel?: string;
  children?: ReactNode;
  end?: ReactNode;
}

export function ScreenHeader({ title, onBack, backLabel, children, end }: Props) {
  const { t } = useI18n();
  return (
    <header className="toolbar">
      {onBack && (
        <button type="button" className="button button--quiet" onClick={onBack}>
          {backLabel ?? t('settings.back')}
        </button>
      )}
      <h1 className="toolbar__title">{title}</h1>
      {children}
      <div className="toolbar__spacer" />
      {end}
      <HeaderEnd />
    </header>
  );
}
