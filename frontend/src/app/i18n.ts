import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appEn, appFr } from './locales';
import { moduleNamespaces, navResources } from './modules';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_KEY = 'flex.language';

function storedLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(LANGUAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'fr';
}

/**
 * A domain's namespace is read from its own chunk the first time something needs it (its
 * pages through the router, a component of it through useTranslation, which suspends until
 * then); the shell's strings ('app') and the sidebar's labels ('nav') are bundled.
 */
const moduleStrings: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, done) {
    const load = moduleNamespaces.get(namespace);
    if (!load) return done(new Error(`No strings for namespace ${namespace}`), null);
    load().then(
      (mod) => done(null, language === 'en' ? mod.en : mod.fr),
      (error: Error) => done(error, null),
    );
  },
};

void i18n
  .use(moduleStrings)
  .use(initReactI18next)
  .init({
    resources: { fr: { app: appFr, nav: navResources.fr }, en: { app: appEn, nav: navResources.en } } as never,
    partialBundledLanguages: true,
    initAsync: false,
    lng: storedLanguage(),
    fallbackLng: 'fr',
    supportedLngs: LANGUAGES,
    ns: ['app', 'nav'],
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });

document.documentElement.lang = i18n.language;

/** Starts reading namespaces (idempotent): a route's own, at once; every other one once the page is idle. */
export function loadNamespaces(namespaces: string[]): Promise<void> {
  return i18n.loadNamespaces(namespaces).catch(() => undefined);
}

export const allModuleNamespaces = (): string[] => [...moduleNamespaces.keys()];

export function setLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'fr';
}

export default i18n;
