import * as bookings from './i18n/bookings';
import * as calendar from './i18n/calendar';
import * as price from './i18n/price';
import * as studios from './i18n/studios';
import { navEn, navFr } from './i18n-nav';

// Namespace `booking`. Each part owns its top-level keys (calendar.*, bookings.*, studios.*, onboarding.*).
export const fr = {
  nav: navFr,
  ...calendar.fr,
  ...bookings.fr,
  ...studios.fr,
  ...price.fr,
};

export const en: typeof fr = {
  nav: navEn,
  ...calendar.en,
  ...bookings.en,
  ...studios.en,
  ...price.en,
};
