import { useMutation } from '@apollo/client/react';
import { SitesQuery } from '../../../app/graphql';
import { useRefresh } from '../../../lib/refresh';
import { CreateSiteMutation } from '../graphql/sites';

const SITE_VIEWS = [SitesQuery];

/** Creates a site; the site picker and the sites page read the list again. */
export function useCreateSite() {
  return useMutation(CreateSiteMutation, useRefresh(SITE_VIEWS));
}
