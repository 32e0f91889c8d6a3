import { createInstance, type TFunction } from 'i18next';
import { appEn, appFr } from '../app/locales';
import * as booking from '../modules/booking/i18n';
import * as co2 from '../modules/co2/i18n';
import * as kits from '../modules/kits/i18n';

/**
 * The real French (or English) wording of the namespaces unit tests read, in an i18next of
 * their own: tests assert what a person would read, not translation keys.
 */
export function translator(namespace: 'booking' | 'co2' | 'kits', lng: 'fr' | 'en' = 'fr'): TFunction {
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: 'fr',
    initAsync: false,
    resources: {
      fr: { app: appFr, booking: booking.fr, co2: co2.fr, kits: kits.fr },
      en: { app: appEn, booking: booking.en, co2: co2.en, kits: kits.en },
    } as never,
    defaultNS: namespace,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance.getFixedT(lng, namespace);
}
