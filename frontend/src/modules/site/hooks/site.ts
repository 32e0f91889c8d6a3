import { useQuery } from '@apollo/client/react';
import { useSiteScope } from '../../../app/site-scope';
import { DesksQuery, KitsQuery } from '../graphql/site';

/** The desks of the site shown with their place on the plan, bookable or not, and their kit. */
export function useDesks() {
  const { siteId } = useSiteScope();
  return useQuery(DesksQuery, { variables: { siteId } });
}

/** Every kit with its components (the floor plan's panel and spares). */
export function useSiteKits() {
  const { siteId } = useSiteScope();
  return useQuery(KitsQuery, { variables: { siteId } });
}
