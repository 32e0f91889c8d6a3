import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLocation, useSearchParams } from 'react-router';
import type { SitesQuery as SitesResult } from '../gql/graphql';
import { useAuth } from './auth';
import { SitesQuery } from './graphql';

export type SiteSummary = SitesResult['sites'][number];

/** "Studio FLEX Valence" → "Valence": where the brand is written already. */
export function shortSiteName(name: string): string {
  return name.replace(/^Studio FLEX\s+/, '');
}

/** The URL parameter that names the site a page shows, kept by the sidebar's links. */
export const SITE_PARAM = 'site';

/** `path` with the current `?site=` (and nothing else of the current query string). */
export function withSite(path: string, search: string): string {
  const site = new URLSearchParams(search).get(SITE_PARAM);
  if (!site) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${SITE_PARAM}=${encodeURIComponent(site)}`;
}

/**
 * Which site the page shows, from the URL (`?site=<id>`) so that a link or a reload keeps it.
 * `siteId` is what every read sends: the site asked, or nothing, and the server answers for
 * the caller's first site (calendar, board, floor plan) or every site they see (lists and
 * reports); it checks the id, the page never decides what the caller may see. `current` is the
 * site a one-site page shows (the one asked, else the first), `chosen` the one asked.
 */
export function useSiteScope() {
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const { data, loading } = useQuery(SitesQuery, { skip: !user, fetchPolicy: 'cache-first' });
  const sites = useMemo(() => data?.sites ?? [], [data]);
  const asked = params.get(SITE_PARAM) ?? undefined;
  const chosen = asked ? sites.find((s) => s.id === asked) : undefined;
  const current = chosen ?? sites[0];
  const setSite = useCallback(
    (id: string | undefined) =>
      setParams((p) => {
        const next = new URLSearchParams(p);
        if (id) next.set(SITE_PARAM, id);
        else next.delete(SITE_PARAM);
        return next;
      }),
    [setParams],
  );
  return {
    sites,
    loading: loading && !data,
    /** Several sites to choose from (one site: nothing to choose, nothing shown). */
    several: sites.length > 1,
    current,
    chosen,
    siteId: asked,
    setSite,
  };
}

/** Keeps `?site=` on a link to another page of the app. */
export function useSiteLink() {
  const { search } = useLocation();
  return useCallback((path: string) => withSite(path, search), [search]);
}
