import { useMutation, useQuery } from '@apollo/client/react';
import type { Co2FactorVersionInput, IssueCarbonStatementInput, KitMeterReadingInput } from '../../../gql/graphql';
import { settle } from '../../../lib/refresh';
import { CarbonProductionsQuery, Co2FactorsQuery, IssueCarbonStatementMutation, MeterKitsQuery, RecordCo2FactorVersionMutation, RecordKitMeterReadingMutation } from '../graphql/statements';
import type { Period } from '../period';

/** Productions of a period with their live figures, and the statements issued (a manager's studio, or the network). */
export function useCarbonProductions(period: Period) {
  return useQuery(CarbonProductionsQuery, { variables: { from: period.from, to: period.to } });
}

export function useIssueStatement() {
  const [mutate, { loading, error }] = useMutation(IssueCarbonStatementMutation, { refetchQueries: [CarbonProductionsQuery] });
  const issue = async (input: IssueCarbonStatementInput) => (await settle(mutate({ variables: { input } })))?.issueCarbonStatement ?? null;
  return { issue, loading, error };
}

/** The factors in force and every recorded version. */
export function useCo2Factors() {
  return useQuery(Co2FactorsQuery);
}

export function useRecordFactor() {
  const [mutate, { loading, error }] = useMutation(RecordCo2FactorVersionMutation, { refetchQueries: [Co2FactorsQuery] });
  const record = async (input: Co2FactorVersionInput) => (await settle(mutate({ variables: { input } })))?.recordCo2FactorVersion ?? null;
  return { record, loading, error };
}

/** Operator: kits to read, and a reading recorded (the productions' figures are asked again). */
export function useMeterReading() {
  const kits = useQuery(MeterKitsQuery).data?.kits ?? [];
  const [mutate, { loading, error }] = useMutation(RecordKitMeterReadingMutation, { refetchQueries: [CarbonProductionsQuery] });
  const record = async (input: KitMeterReadingInput) => (await settle(mutate({ variables: { input } })))?.recordKitMeterReading ?? null;
  return { kits, record, loading, error };
}
