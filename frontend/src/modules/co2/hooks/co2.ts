import { useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { Co2ProjectionInput, Co2SettingsInput } from '../../../gql/graphql';
import { useSiteScope } from '../../../app/site-scope';
import { settle } from '../../../lib/refresh';
import { Co2ForBookingQuery, Co2ProjectionDetailQuery, Co2ReportDetailQuery, Co2SettingsQuery, Co2StudiosQuery, Co2StudyQuery, UpdateCo2SettingsMutation } from '../graphql/co2';
import type { Period } from '../period';

/** The report's factors, their sources and defaults, and the day the site opened. */
export function useCo2Settings() {
  return useQuery(Co2SettingsQuery);
}

/** The CO2 saved over a period at the site shown or the whole network, for one studio or every studio. */
export function useCo2Report(period: Period, studioId: string | null, skip: boolean) {
  const { siteId } = useSiteScope();
  return useQuery(Co2ReportDetailQuery, { variables: { from: period.from, to: period.to, studioId, siteId }, skip });
}

/** The studios with a share of a period, for the operator's filter. */
export function useCo2Studios(period: Period, skip: boolean) {
  const { siteId } = useSiteScope();
  const { data } = useQuery(Co2StudiosQuery, { variables: { from: period.from, to: period.to, siteId }, skip });
  return data?.co2Report.perStudio.map((l) => l.studio);
}

/** The founding study: where the simulator opens, and what the study announces. */
export function useCo2Study() {
  const { data, error, refetch } = useQuery(Co2StudyQuery);
  return { study: data?.co2Study, error, retry: () => void refetch() };
}

/** The study's projection for any inputs; the last answer stays while the next one loads. */
export function useCo2Projection(input: Co2ProjectionInput | null) {
  const result = useQuery(Co2ProjectionDetailQuery, { variables: { input: input ?? NO_PROJECTION }, skip: !input });
  const last = useRef(result.data?.co2Projection);
  if (result.data?.co2Projection) last.current = result.data.co2Projection;
  return { projection: input ? last.current : undefined, error: result.error };
}
/** The variables of a skipped projection (never sent). */
const NO_PROJECTION: Co2ProjectionInput = { desks: 0, usersPerDeskPerYear: 0, years: 0, kitFootprintKg: 0 };

/** What a booking of so many desks avoids at most (null: no valid count yet). */
export function useCo2ForBooking(deskCount: number | null) {
  return useQuery(Co2ForBookingQuery, { variables: { deskCount: deskCount ?? 1 }, skip: deskCount === null }).data?.co2ForBooking;
}

/**
 * Changes the operator's factors. The answer replaces the settings in the cache, and every
 * report and projection computed with the old factors is dropped, to be asked again.
 */
export function useUpdateCo2Settings() {
  const [mutate, { loading, error }] = useMutation(UpdateCo2SettingsMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.writeQuery({ query: Co2SettingsQuery, data: { __typename: 'Query', co2Settings: data.updateCo2Settings } });
      for (const fieldName of ['co2Report', 'co2Projection', 'co2ForBooking']) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });
  const save = async (input: Co2SettingsInput) => (await settle(mutate({ variables: { input } })))?.updateCo2Settings ?? null;
  return { save, loading, error };
}
