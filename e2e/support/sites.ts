import type { APIRequestContext } from '@playwright/test';
import { CreateSiteDocument, SetContractSitesDocument, SitesDocument, StudioDetailDocument } from './documents';
import { gql, must, unique } from './helpers';

/**
 * A site of the test's own (two zones of four desks, each with a kit), added to the contract of
 * `studioId` beside the first site: desks nobody else's test books, whatever ran before.
 */
export async function ownSite(request: APIRequestContext, op: string, studioId: string, prefix = 'Studio FLEX Essai'): Promise<{ id: string; name: string }> {
  const { createSite: site } = await must(
    gql(request, CreateSiteDocument, {
      input: { name: unique(prefix), address: 'La Cartoucherie, 26500 Bourg-lès-Valence', timezone: 'Europe/Paris', areaSqm: 120, openWeekdays: [1, 2, 3, 4, 5], zones: [{ name: 'A', desks: 4 }, { name: 'B', desks: 4 }], withKits: true },
    }, op),
  );
  const { sites } = await must(gql(request, SitesDocument, {}, op));
  const { studio } = await must(gql(request, StudioDetailDocument, { id: studioId }, op));
  await must(gql(request, SetContractSitesDocument, { contractId: studio.contracts[0]!.id, siteIds: [sites[0]!.id, site.id] }, op));
  return site;
}

/** The first site (Angoulême): where the demo data and most tests book, its desks coded A01…D10. */
export async function firstSiteId(request: APIRequestContext, op: string): Promise<string> {
  const { sites } = await must(gql(request, SitesDocument, {}, op));
  return sites[0]!.id;
}
