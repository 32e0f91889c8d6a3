import * as bookings from './i18n/bookings';
import * as calendar from './i18n/calendar';
import * as price from './i18n/price';
import * as studios from './i18n/studios';

// Namespace `booking`. Each part owns its top-level keys (calendar.*, bookings.*, studios.*, onboarding.*).
export const fr = {
  nav: { calendar: 'Calendrier', bookings: 'Réservations', studios: 'Studios', myStudio: 'Mon studio' },
  ...calendar.fr,
  ...bookings.fr,
  ...studios.fr,
  ...price.fr,
};

export const en: typeof fr = {
  nav: { calendar: 'Calendar', bookings: 'Bookings', studios: 'Studios', myStudio: 'My studio' },
  ...calendar.en,
  ...bookings.en,
  ...studios.en,
  ...price.en,
};
