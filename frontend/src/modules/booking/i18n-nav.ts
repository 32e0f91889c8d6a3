// The sidebar's labels of namespace `booking`, loaded with the shell (the rest of the namespace comes with its pages).
export const navFr = { calendar: 'Calendrier', bookings: 'Réservations', studios: 'Studios', myStudio: 'Mon studio' };

export const navEn: Record<keyof typeof navFr, string> = { calendar: 'Calendar', bookings: 'Bookings', studios: 'Studios', myStudio: 'My studio' };
