import type { ComponentType } from '../../gql/graphql';

/** The order a kit's components are listed in. */
export const COMPONENT_ORDER: readonly ComponentType[] = ['WORKSTATION', 'MONITOR', 'TABLET', 'PERIPHERAL'];

/** A kit's components in that order (workstation, monitors, tablet, peripherals). */
export function sortedComponents<T extends { type: ComponentType }>(components: readonly T[]): T[] {
  return [...components].sort((a, b) => COMPONENT_ORDER.indexOf(a.type) - COMPONENT_ORDER.indexOf(b.type));
}

/** "Dell Precision 3680 Tower (i7-14700, 64 GB…)" → "Dell Precision 3680 Tower": the model without its specs. */
export function shortModel(model: string): string {
  return model.replace(/\s*\(.*\)$/, '');
}

/** The kit's workstation model, short; undefined when it has none. */
export function workstationModel(components: ReadonlyArray<{ type: ComponentType; model: string }>): string | undefined {
  const ws = components.find((c) => c.type === 'WORKSTATION');
  return ws ? shortModel(ws.model) : undefined;
}

/** Where kits are: filter of the inventory. */
export type KitPlace = 'all' | 'desk' | 'spare';

/** The inventory's figures: in service, on desks, operational spares, in maintenance, retired. */
export function inventoryStats(kits: ReadonlyArray<{ status: string; spare: boolean; desk?: unknown }>) {
  return {
    inService: kits.filter((k) => k.status !== 'RETIRED').length,
    onDesks: kits.filter((k) => k.desk).length,
    spares: kits.filter((k) => k.spare && k.status === 'OPERATIONAL').length,
    maintenance: kits.filter((k) => k.status === 'MAINTENANCE').length,
    retired: kits.filter((k) => k.status === 'RETIRED').length,
  };
}
