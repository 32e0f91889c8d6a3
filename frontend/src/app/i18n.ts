import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appEn, appFr } from './locales';
import { moduleResources } from './modules';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_KEY = 'flex.language';

function storedLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(LANGUAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'fr';
}

const resources: Record<Language, Record<string, unknown>> = { fr: { app: appFr }, en: { app: appEn } };
for (const { namespace, fr, en } of moduleResources) {
  resources.fr[namespace] = fr;
  resources.en[namespace] = en;
}

void i18n.use(initReactI18next).init({
  resources: resources as never,
  lng: storedLanguage(),
  fallbackLng: 'fr',
  supportedLngs: LANGUAGES,
  ns: Object.keys(resources.fr),
  defaultNS: 'app',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18n.language;

export function setLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'fr';
}

export default i18n;
