import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { AddKitInput, KitComponentInput, KitInventoryQueryVariables, UpdateKitComponentInput, UpdateKitInput } from '../../../gql/graphql';
import { useSiteScope } from '../../../app/site-scope';
import { settle, useRefresh } from '../../../lib/refresh';
import {
  AddKitComponentMutation, AddKitMutation, ComponentReferencesQuery, KitDetailQuery, KitInventoryQuery, RemoveKitComponentMutation, RetireKitMutation,
  SwapChoicesQuery, SwapKitMutation, UpdateKitComponentMutation, UpdateKitMutation,
} from '../graphql/kits';
import { KIT_VIEWS } from './views';

/** The kit inventory at the site shown (or every site), every kit or filtered by status and place (on a desk, spare). */
export function useKitInventory(variables: Omit<KitInventoryQueryVariables, 'siteId'> = {}) {
  const { siteId } = useSiteScope();
  return useQuery(KitInventoryQuery, { variables: { ...variables, siteId } });
}

/** One kit with its components, desk history and tickets. */
export function useKitDetail(id: string) {
  const { t } = useTranslation('kits');
  const result = useQuery(KitDetailQuery, { variables: { id } });
  return { ...result, messages: { NOT_FOUND: t('kit.notFound') } };
}

/** What a swap may use at the site shown, read fresh: operational spares, and every desk with its kit. */
export function useSwapChoices() {
  const { siteId } = useSiteScope();
  return useQuery(SwapChoicesQuery, { variables: { siteId }, fetchPolicy: 'network-only' });
}

export function useAddKit() {
  const [mutate, { loading, error }] = useMutation(AddKitMutation, useRefresh(KIT_VIEWS));
  const add = async (input: AddKitInput) => (await settle(mutate({ variables: { input } })))?.addKit ?? null;
  return { add, loading, error };
}

export function useUpdateKit() {
  const [mutate, { loading, error }] = useMutation(UpdateKitMutation, useRefresh(KIT_VIEWS));
  const update = async (id: string, input: UpdateKitInput) => (await settle(mutate({ variables: { id, input } })))?.updateKit ?? null;
  return { update, loading, error };
}

export function useRetireKit() {
  const [mutate, { loading, error }] = useMutation(RetireKitMutation, useRefresh(KIT_VIEWS));
  const retire = async (id: string) => (await settle(mutate({ variables: { id } })))?.retireKit ?? null;
  return { retire, loading, error };
}

export function useAddKitComponent() {
  const [mutate, { loading, error }] = useMutation(AddKitComponentMutation, useRefresh(KIT_VIEWS));
  const add = async (kitId: string, input: KitComponentInput) => (await settle(mutate({ variables: { kitId, input } })))?.addKitComponent ?? null;
  return { add, loading, error };
}

export function useUpdateKitComponent() {
  const [mutate, { loading, error }] = useMutation(UpdateKitComponentMutation, useRefresh(KIT_VIEWS));
  const update = async (id: string, input: UpdateKitComponentInput) => (await settle(mutate({ variables: { id, input } })))?.updateKitComponent ?? null;
  return { update, loading, error };
}

export function useRemoveKitComponent() {
  const [mutate, { loading, error }] = useMutation(RemoveKitComponentMutation, useRefresh(KIT_VIEWS));
  const remove = async (id: string) => (await settle(mutate({ variables: { id } })))?.removeKitComponent ?? null;
  return { remove, loading, error };
}

/** Puts a spare kit on a desk (the desk's kit goes back to the spares). */
export function useSwapKit() {
  const { t } = useTranslation('kits');
  const [mutate, { loading, error }] = useMutation(SwapKitMutation, useRefresh(KIT_VIEWS));
  const swap = async (deskId: string, kitId: string) => (await settle(mutate({ variables: { deskId, kitId } })))?.swapKit ?? null;
  return { swap, loading, error, messages: { INVALID_STATE: t('swap.errors.INVALID_STATE') } };
}

/** Reference footprints by component type, with their source (the API's, never retyped here). */
export function useComponentReferences() {
  const { data } = useQuery(ComponentReferencesQuery);
  return data?.co2ComponentReferences;
}
