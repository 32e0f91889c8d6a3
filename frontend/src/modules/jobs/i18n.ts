import { navEn, navFr } from './i18n-nav';
export const fr = {
  nav: navFr,
  title: 'Tâches planifiées',
  subtitle: 'Ce que l’application fait seule, une fois pour tout le site même avec plusieurs serveurs. Une tâche en échec est relancée trois fois, de plus en plus tard.',
  columns: { job: 'Tâche', schedule: 'Quand', lastRun: 'Dernière exécution', nextRun: 'Prochaine', failures: 'Échecs (30 j)', actions: 'Action' },
  names: {
    'booking.option-expiry': 'Expiration des options',
    'crew.anonymisation': 'Anonymisation des équipes inactives',
    'crew.check-out': 'Sorties de fin de journée',
    'invoicing.monthly-drafts': 'Brouillons de factures du mois',
    'invoicing.payment-reminders': 'Relances de paiement',
    'mail.delivery': 'Envoi des e-mails',
    'users.housekeeping': 'Nettoyage des comptes',
  },
  schedules: {
    'booking.option-expiry': 'Chaque minute',
    'crew.anonymisation': 'Chaque nuit à 3 h 15',
    'crew.check-out': 'Toutes les 5 minutes',
    'invoicing.monthly-drafts': 'Le 1er du mois à 4 h',
    'invoicing.payment-reminders': 'Chaque heure',
    'mail.delivery': 'Chaque minute',
    'users.housekeeping': 'Chaque heure',
  },
  state: { RUNNING: 'En cours', COMPLETED: 'Réussie', FAILED: 'En échec', never: 'Jamais lancée', waiting: 'En attente' },
  notScheduled: 'Aucun serveur ne planifie les tâches (FLEX_JOBS=0)',
  run: { button: 'Lancer', label: 'Lancer « {{job}} » maintenant', queued: '« {{job}} » est lancée : le résultat s’affiche ici dans un instant.', alreadyWaiting: 'Une exécution attend déjà : elle suffira.' },
  empty: 'Aucune tâche planifiée.',
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof fr> = {
  nav: navEn,
  title: 'Scheduled jobs',
  subtitle: 'What the application does on its own, once for the whole site even with several servers. A failed job is retried three times, each time later.',
  columns: { job: 'Job', schedule: 'When', lastRun: 'Last run', nextRun: 'Next', failures: 'Failures (30 d)', actions: 'Action' },
  names: {
    'booking.option-expiry': 'Option expiry',
    'crew.anonymisation': 'Anonymising inactive crew',
    'crew.check-out': 'End-of-day check-out',
    'invoicing.monthly-drafts': 'Monthly draft invoices',
    'invoicing.payment-reminders': 'Payment reminders',
    'mail.delivery': 'E-mail delivery',
    'users.housekeeping': 'Account housekeeping',
  },
  schedules: {
    'booking.option-expiry': 'Every minute',
    'crew.anonymisation': 'Every night at 3:15',
    'crew.check-out': 'Every 5 minutes',
    'invoicing.monthly-drafts': 'On the 1st at 4:00',
    'invoicing.payment-reminders': 'Every hour',
    'mail.delivery': 'Every minute',
    'users.housekeeping': 'Every hour',
  },
  state: { RUNNING: 'Running', COMPLETED: 'Succeeded', FAILED: 'Failed', never: 'Never run', waiting: 'Waiting' },
  notScheduled: 'No server schedules the jobs (FLEX_JOBS=0)',
  run: { button: 'Run', label: 'Run “{{job}}” now', queued: '“{{job}}” is queued: its result shows here in a moment.', alreadyWaiting: 'A run is already waiting: it will do.' },
  empty: 'No scheduled job.',
};
