// The sidebar's labels of namespace `users`, loaded with the shell (the rest of the namespace comes with its pages).
export const navFr = { users: 'Comptes' };

export const navEn: Record<keyof typeof navFr, string> = { users: 'Accounts' };
