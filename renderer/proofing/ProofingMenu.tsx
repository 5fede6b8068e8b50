/**
 * The menu of one finding: what is wrong, the fixes (a spelling finding's suggestions are asked of the worker
 * only now, since Hunspell's suggestions are slow), add to dictionary, ignore. Keyboard: arrows, Home and End
 * move, Enter picks, Escape closes and returns to the text.
 */
import { useEffect, useRef, useState } from 'react';
import { isSpelling, type Finding } from '../../core/proofing/types';
import { ruleMessageKey } from '../../core/proofing/messages';
import { useI18n, useUiDir } from '../i18n/I18nProvider';
import { proofingClient } from './client';

interface Props {
  finding: Finding;
  x: number;
  y: number;
  onClose: () => void;
  onReplace: (text: string) => void;
  onRemember: (kind: 'add' | 'ignore') => void;
}

/** Opens toward the reading direction from the point, kept inside the window. */
function place(x: number, y: number): React.CSSProperties {
  const top = Math.min(y + 4, window.innerHeight - 220);
  return document.documentElement.dir === 'rtl'
    ? { top, right: Math.max(8, window.innerWidth - x) }
    : { top, left: Math.min(x, window.innerWidth - 240) };
}

export function ProofingMenu({ finding, x, y, onClose, onReplace, onRemember }: Props) {
  const { t } = useI18n();
  const uiDir = useUiDir();
  const ref = useRef<HTMLDivElement>(null);
  const [asked, setAsked] = useState<string[] | null>(null);
  const needsAsking = isSpelling(finding.rule) && finding.suggestions.length === 0;
  const suggestions = needsAsking ? asked : finding.suggestions;

  useEffect(() => {
    if (!needsAsking) return;
    let live = true;
    void proofingClient()
      .suggest(finding.found)
      .then((s) => live && setAsked(s));
    return () => {
      live = false;
    };
  }, [needsAsking, finding.found]);

  // The item the menu itself put the focus on: when the suggestions arrive, the focus moves to the first of
  // them only if it is still there. A person who already moved (to "add to dictionary", say) keeps their
  // place, so the Enter they press does what they chose.
  const placed = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    const stillPlaced = active === placed.current || !ref.current?.contains(active);
    if (!stillPlaced) return;
    placed.current = ref.current?.querySelector<HTMLElement>('[role="menuitem"]') ?? null;
    placed.current?.focus();
  }, [suggestions]);

  const move = (event: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? items[0] : items[items.length - 1])?.focus();
    }
  };

  return (
    <div
      ref={ref}
      className="proofing-menu"
      role="menu"
      aria-label={t('proofing.menu.label')}
      style={place(x, y)}
      onKeyDown={move}
      onBlur={(e) => {
        if (!ref.current?.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      {/* The message is in the interface's language while the menu sits in the article's direction: without
          the interface's direction an English message quoting Arabic («ان» without hamza) was reordered. */}
      <p className="proofing-menu__message" dir={uiDir}>
        <span className={`proofing-menu__severity proofing-menu__severity--${finding.severity}`}>
          {t(`proofing.severity.${finding.severity}`)}
        </span>{' '}
        {t(ruleMessageKey(finding.rule))}
      </p>
      {suggestions === null ? (
        <p className="proofing-menu__note">{t('proofing.menu.loading')}</p>
      ) : suggestions.length === 0 ? (
        <p className="proofing-menu__note">{t('proofing.menu.noSuggestions')}</p>
      ) : (
        suggestions.map((s) => (
          <button key={s} type="button" role="menuitem" className="proofing-menu__item" onClick={() => onReplace(s)}>
            <bdi>{s === '' ? '⌫' : s}</bdi>
          </button>
        ))
      )}
      {isSpelling(finding.rule) && (
        <>
          <button type="button" role="menuitem" className="proofing-menu__item" onClick={() => onRemember('add')}>
            {t('proofing.menu.addToDictionary')}
          </button>
          <button type="button" role="menuitem" className="proofing-menu__item" onClick={() => onRemember('ignore')}>
            {t('proofing.menu.ignore')}
          </button>
        </>
      )}
    </div>
  );
}
