import { lazy, type ComponentType } from 'react';

/**
 * A page loaded only when its route is first opened (its own chunk): a module's routes.tsx
 * says `const CalendarPage = lazyPage(() => import('./pages/CalendarPage'), 'CalendarPage')`.
 * The router shows a spinner (Suspense) while the chunk arrives.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<any> })) as M[K]; // eslint-disable-line @typescript-eslint/no-explicit-any
}
