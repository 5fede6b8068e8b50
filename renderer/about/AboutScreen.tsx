/** About Midad: its version, and the licences of the fonts and dictionaries it ships. */
import { useI18n } from '../i18n/I18nProvider';
import { BUNDLED_DICTIONARIES, BUNDLED_FONTS, type BundledWork } from './licences';
import { ScreenHeader } from '../ui/ScreenHeader';

function Work({ work }: { work: BundledWork }) {
  const { t } = useI18n();
  return (
    <li className="about-work">
      <span className="about-work__name" lang="en" dir="ltr">
        {work.name}
      </span>
      <span className="about-work__licence">{t('about.licenceName', { licence: work.licence })}</span>
      {work.note && <span className="about-work__note">{t(work.note)}</span>}
      <details className="about-work__text">
        <summary>{t('about.showLicence')}</summary>
        {/* Focusable: a long licence scrolls inside its box, and a keyboard must be able to scroll it too. */}
        <pre lang="en" dir="ltr" tabIndex={0}>
          {work.text}
        </pre>
      </details>
    </li>
  );
}

export function AboutScreen({ onBack }: { onBack: () => void }) {
  const { t } = useI18n();
  return (
    <div className="about-screen">
      <ScreenHeader title={t('about.title')} onBack={onBack} />
      <main className="about">
        <img className="about__icon" src="./icon.svg" alt={''} aria-hidden="true" width={96} height={96} />
        <p className="about__name">{t('app.name')}</p>
        <p className="about__version" data-testid="about-version">
          {t('about.version', { version: __MIDAD_VERSION__ })}
        </p>
        <p className="about__description">{t('about.description')}</p>
        <h2 className="about__heading">{t('about.fonts')}</h2>
        <ul className="about-works">
          {BUNDLED_FONTS.map((work) => (
            <Work key={work.name} work={work} />
          ))}
        </ul>
        <h2 className="about__heading">{t('about.dictionaries')}</h2>
        {BUNDLED_DICTIONARIES.length === 0 ? (
          <p className="about__note">{t('about.noDictionaries')}</p>
        ) : (
          <ul className="about-works">
            {BUNDLED_DICTIONARIES.map((work) => (
              <Work key={work.name} work={work} />
            ))}
          </ul>
        )}
      </main>
    </div>
  );
}
