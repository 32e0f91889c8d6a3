import { useQuery } from '@apollo/client/react';
import { DesksQuery, KitsQuery } from '../graphql/site';

/** The 40 desks with their place on the plan, bookable or not, and their kit. */
export function useDesks() {
  return useQuery(DesksQuery);
}

/** Every kit with its components (the floor plan's panel and spares). */
export function useSiteKits() {
  return useQuery(KitsQuery);
}
