// Namespace `reports`.
export const fr = {
  exports: {
    label: 'Exporter pour un tableur',
    bookings: 'Réservations (CSV)',
    bookingsTitle: 'Les réservations de la période, une ligne chacune, pour Excel ou LibreOffice',
    occupancy: 'Occupation (CSV)',
    occupancyTitle: 'Jours-poste réservés et avec présence, par studio et par mois ({{from}} – {{to}})',
  },
};

export const en: typeof fr = {
  exports: {
    label: 'Export for a spreadsheet',
    bookings: 'Bookings (CSV)',
    bookingsTitle: 'The period’s bookings, one line each, for Excel or LibreOffice',
    occupancy: 'Occupancy (CSV)',
    occupancyTitle: 'Booked and checked-in desk-days per studio and month ({{from}} – {{to}})',
  },
};
