// The sidebar's labels of namespace `invoicing`, loaded with the shell (the rest of the namespace comes with its pages).
export const navFr = { invoicing: 'Facturation', invoices: 'Factures', overdue: 'Impayés' };

export const navEn: Record<keyof typeof navFr, string> = { invoicing: 'Invoicing', invoices: 'Invoices', overdue: 'Overdue' };
