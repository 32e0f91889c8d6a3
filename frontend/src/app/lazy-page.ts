import { lazy, type ComponentType } from 'react';

/** A lazy page that can also be fetched ahead of its first render (see preloadRoute). */
export type PreloadablePage = { preload(): Promise<unknown> };

/**
 * A page loaded only when its route is first opened (its own chunk): a module's routes.tsx
 * says `const CalendarPage = lazyPage(() => import('./pages/CalendarPage'), 'CalendarPage')`.
 * The router shows a spinner (Suspense) while the chunk arrives. `preload()` starts the same
 * download earlier (once: React's lazy reuses the promise): the app calls it at start for the
 * page the address names, before the session is even known. A page module may export
 * `prefetch()`, run as soon as its chunk arrives, to ask for the page's first data then.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] & PreloadablePage {
  let loading: Promise<M> | undefined;
  const once = () =>
    (loading ??= load().then((mod) => {
      (mod as { prefetch?: () => void }).prefetch?.();
      return mod;
    }));
  const page = lazy(async () => ({ default: (await once())[name] as ComponentType<any> })); // eslint-disable-line @typescript-eslint/no-explicit-any
  return Object.assign(page, { preload: once }) as unknown as M[K] & PreloadablePage;
}
