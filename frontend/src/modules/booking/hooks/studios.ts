import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CreateContractInput, CreateStudioInput, UpdateStudioInput } from '../../../gql/graphql';
import { settle, useRefresh } from '../../../lib/refresh';
import { OnboardingQuery, StudiosQuery } from '../graphql/shared';
import { ActivateContractMutation, CreateContractMutation, CreateStudioMutation, SetContractSitesMutation, StudioDetailQuery, StudioListQuery, TerminateContractMutation, UpdateStudioMutation } from '../graphql/studios';
import { STUDIO_VIEWS } from './views';

/** The studios' names (the operator's pickers and legend); skipped for a manager. */
export function useStudioNames(skip = false) {
  return useStudioNamesState(skip).studios;
}

/** The studios' names and whether they are still on their way (the calendar waits for its colours). */
export function useStudioNamesState(skip = false) {
  const { data, loading } = useQuery(StudiosQuery, { skip });
  return { studios: data?.studios, loading: loading && !data };
}

export function useStudioList() {
  return useQuery(StudioListQuery);
}

export function useStudioDetail(id: string | undefined) {
  return useQuery(StudioDetailQuery, { variables: { id: id ?? '' }, skip: !id });
}

/** A new studio's first steps; a manager reads its own (no id), the operator names the studio. */
export function useOnboarding(studioId: string | undefined, skip: boolean) {
  return useQuery(OnboardingQuery, { variables: { studioId: studioId ?? null }, skip }).data?.onboarding;
}

export function useCreateStudio() {
  const [mutate, { loading, error }] = useMutation(CreateStudioMutation, useRefresh(STUDIO_VIEWS));
  const create = async (input: CreateStudioInput) => (await settle(mutate({ variables: { input } })))?.createStudio ?? null;
  return { create, loading, error };
}

export function useUpdateStudio() {
  const [mutate, { loading, error }] = useMutation(UpdateStudioMutation, useRefresh(STUDIO_VIEWS));
  const update = async (input: UpdateStudioInput) => (await settle(mutate({ variables: { input } })))?.updateStudio ?? null;
  return { update, loading, error };
}

/** A DRAFT contract for a studio. */
export function useCreateContract() {
  const { t } = useTranslation('booking');
  const [mutate, { loading, error }] = useMutation(CreateContractMutation, useRefresh(STUDIO_VIEWS));
  const create = async (input: CreateContractInput) => (await settle(mutate({ variables: { input } })))?.createContract ?? null;
  return { create, loading, error, messages: { BAD_USER_INPUT: t('contracts.errors.BAD_USER_INPUT') } };
}

/** The sites a contract covers, replaced (at least one). */
export function useSetContractSites() {
  const [mutate, { loading, error }] = useMutation(SetContractSitesMutation, useRefresh(STUDIO_VIEWS));
  const save = async (contractId: string, siteIds: string[]) => (await settle(mutate({ variables: { contractId, siteIds } })))?.setContractSites ?? null;
  return { save, loading, error };
}

export function useActivateContract() {
  const { t } = useTranslation('booking');
  const [mutate, { loading, error }] = useMutation(ActivateContractMutation, useRefresh(STUDIO_VIEWS));
  const activate = async (id: string) => (await settle(mutate({ variables: { id } })))?.activateContract ?? null;
  return { activate, loading, error, messages: { INVALID_STATE: t('contracts.errors.INVALID_STATE_ACTIVATE') } };
}

export function useTerminateContract() {
  const { t } = useTranslation('booking');
  const [mutate, { loading, error }] = useMutation(TerminateContractMutation, useRefresh(STUDIO_VIEWS));
  const terminate = async (id: string) => (await settle(mutate({ variables: { id } })))?.terminateContract ?? null;
  return { terminate, loading, error, messages: { INVALID_STATE: t('contracts.errors.INVALID_STATE_TERMINATE') } };
}
