import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage } from './i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('app');
  const active = currentLanguage();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')} data-lang={i18n.language}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          className="lang-switch__option"
          aria-pressed={active === lang}
          title={t(`language.${lang}`)}
          onClick={() => setLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
