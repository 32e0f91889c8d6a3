import { useQuery } from '@apollo/client/react';
import { useSiteScope } from '../../../app/site-scope';
import { DesksQuery, KitsQuery } from '../graphql/site';

/** The desks of the site shown with their place on the plan, bookable or not, and their kit. */
export function useDesks() {
  // One site's plan: the site shown (a list without one would be every site's desks).
  const siteId = useSiteScope().current?.id;
  return useQuery(DesksQuery, { variables: { siteId }, skip: !siteId });
}

/**
 * Every kit with its components (the floor plan's panel and spares): spares belong to no site,
 * so the list is the network's; the plan shows the kits of its own desks.
 */
export function useSiteKits() {
  return useQuery(KitsQuery, { variables: {} });
}
