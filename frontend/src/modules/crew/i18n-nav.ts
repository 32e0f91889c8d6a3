// The sidebar's labels of namespace `crew`, loaded with the shell (the rest of the namespace comes with its pages).
export const navFr = { crew: 'Équipes', assignments: 'Affectations et pass', board: 'Tableau du jour', outbox: 'Boîte d’envoi', occupancy: 'Occupation' };

export const navEn: Record<keyof typeof navFr, string> = { crew: 'Crew', assignments: 'Assignments & passes', board: 'Daily board', outbox: 'Outbox', occupancy: 'Occupancy' };
