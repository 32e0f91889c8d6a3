import type { DesksQuery } from '../../../gql/graphql';
import type { Tone } from '../../../ui';

export type Desk = DesksQuery['desks'][number];
/** What the plan colours a desk by: its kit's status, or NONE without a kit. */
export type DeskState = 'OPERATIONAL' | 'MAINTENANCE' | 'RETIRED' | 'NONE';

export function deskState(desk: Desk): DeskState {
  return desk.kit?.status ?? 'NONE';
}

export const STATE_TONE: Record<DeskState, Tone> = {
  OPERATIONAL: 'success',
  MAINTENANCE: 'warning',
  RETIRED: 'neutral',
  NONE: 'neutral',
};
