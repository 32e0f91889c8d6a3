// The sidebar's labels of namespace `site`, loaded with the shell (the rest of the namespace comes with its pages).
export const navFr = { floorPlan: 'Plan du site', sites: 'Sites du réseau' };

export const navEn: Record<keyof typeof navFr, string> = { floorPlan: 'Floor plan', sites: 'Network sites' };
