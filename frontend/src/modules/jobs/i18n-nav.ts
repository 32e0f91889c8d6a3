// The sidebar's labels of namespace `jobs`, loaded with the shell (the rest of the namespace comes with its pages).
export const navFr = { jobs: 'Tâches planifiées' };

export const navEn: Record<keyof typeof navFr, string> = { jobs: 'Scheduled jobs' };
