// The sidebar's labels of namespace `co2`, loaded with the shell (the rest of the namespace comes with its pages).
export const navFr = { report: 'CO₂ évité', statements: 'Relevés carbone' };

export const navEn: Record<keyof typeof navFr, string> = { report: 'CO₂ saved', statements: 'Carbon statements' };
