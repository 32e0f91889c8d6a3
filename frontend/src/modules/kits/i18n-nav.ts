// The sidebar's labels of namespace `kits`, loaded with the shell (the rest of the namespace comes with its pages).
export const navFr = { kits: 'Kits PC', maintenance: 'Maintenance' };

export const navEn: Record<keyof typeof navFr, string> = { kits: 'PC kits', maintenance: 'Maintenance' };
