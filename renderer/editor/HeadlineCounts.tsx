/**
 * The headline's live counts against its budgets: characters (grapheme clusters) for print, and the
 * rendered width in the bundled headline font for the web. Each warns in its last tenth.
 */
import { useEffect, useState } from 'react';
import { countText } from '../../core/arabic/count';
import { useI18n, useUiDir } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { budgetLevel, type BudgetLevel } from './budget';
import { textWidth, WEB_HEADLINE_FONT } from './measureWidth';

export function HeadlineCounts({ headline }: { headline: string }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let live = true;
    // Measuring before the font loads would measure a fallback face.
    void document.fonts.load(WEB_HEADLINE_FONT, 'عنوان').then(() => live && setFontsReady(true));
    return () => {
      live = false;
    };
  }, []);
  const counts = countText(headline);
  const width = Math.round(textWidth(headline, WEB_HEADLINE_FONT));
  const budget = settings.headlineBudget;
  const chars = budgetLevel(counts.characters, budget.characters);
  const px = budgetLevel(width, budget.widthPx);
  return (
    <p className="field__counts" data-testid="headline-counts" data-fonts={fontsReady ? 'ready' : 'loading'}>
      <Meter level={chars} testId="headline-characters">
        {t('editor.count.characters', { count: counts.characters, budget: budget.characters })}
      </Meter>
      <span className="field__count" dir={useUiDir()}>
        {t('editor.count.words', { count: counts.words })}
      </span>
      <Meter level={px} testId="headline-width">
        {t('editor.count.width', { width, budget: budget.widthPx })}
      </Meter>
    </p>
  );
}

function Meter({ level, testId, children }: { level: BudgetLevel; testId: string; children: string }) {
  const { t } = useI18n();
  return (
    <span className={`field__count field__count--${level}`} data-testid={testId} data-level={level} dir={useUiDir()}>
      {children}
      {level !== 'ok' && (
        <strong className="field__budget">{t(level === 'near' ? 'editor.budget.near' : 'editor.budget.over')}</strong>
      )}
    </span>
  );
}
