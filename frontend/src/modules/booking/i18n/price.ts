// The booking page's price and staffing (namespace `booking`, top key `bookingPrice`).
export const fr = {
  bookingPrice: {
    title: 'Prix',
    amount: 'Montant HT',
    amountOption: 'Montant HT si vous la confirmez',
    openDays_one: '{{count}} jour ouvré facturé sur {{days}}',
    openDays_other: '{{count}} jours ouvrés facturés sur {{days}}',
    duration_one: '{{count}} jour ouvré ({{days}} au calendrier)',
    duration_other: '{{count}} jours ouvrés ({{days}} au calendrier)',
    deskDays: 'Jours-poste',
    rate: 'Tarif',
    optionNote: 'Une option n’est pas facturée tant qu’elle n’est pas confirmée.',
    notBilled: 'Cette réservation n’est plus facturée au tarif : voir les conditions d’annulation.',
    unavailable: 'Prix indisponible pour le moment.',
    staffTitle: 'Équipe',
    staff: 'Staffer cette réservation',
    staffHint: 'Placez votre équipe sur les postes : chacun reçoit son pass d’accès.',
    staffAfterConfirm: 'Confirmez l’option pour placer votre équipe sur les postes.',
  },
};

export const en: typeof fr = {
  bookingPrice: {
    title: 'Price',
    amount: 'Amount excl. VAT',
    amountOption: 'Amount excl. VAT if you confirm it',
    openDays_one: '{{count}} open day billed out of {{days}}',
    openDays_other: '{{count}} open days billed out of {{days}}',
    duration_one: '{{count}} open day ({{days}} on the calendar)',
    duration_other: '{{count}} open days ({{days}} on the calendar)',
    deskDays: 'Desk-days',
    rate: 'Rate',
    optionNote: 'An option is not billed until it is confirmed.',
    notBilled: 'This booking is no longer billed at the rate: see the cancellation terms.',
    unavailable: 'Price not available right now.',
    staffTitle: 'Crew',
    staff: 'Staff this booking',
    staffHint: 'Put your crew on the desks: each one gets an access pass.',
    staffAfterConfirm: 'Confirm the option to put your crew on the desks.',
  },
};
