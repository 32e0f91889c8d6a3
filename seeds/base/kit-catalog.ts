import { ADEME_DESKTOP, ADEME_MONITOR, ADEME_TABLET } from '../../backend/src/modules/co2/component-references.js';
import { ComponentType } from '../../backend/src/modules/kits/kit.entity.js';

/**
 * Component models of the PC kits and their manufacturing footprints: the ADEME references of
 * the CO2 module (desktop 205 kg CO2e, 24" monitor 66 kg, tablet 84 kg), the ones the operator's
 * component form offers.
 * Keyboard and mouse are not in the ADEME set: 10 kg CO2e is Studio FLEX's estimate,
 * kept small and named as such.
 */
export const SOURCE_PERIPHERALS = 'Studio FLEX estimate: keyboard and mouse, 10 kg CO2e (not in the ADEME reference set)';

export interface ComponentSpec {
  type: ComponentType;
  model: string;
  serialPrefix: string;
  embodiedKgCo2e: number;
  footprintSource: string;
}

export const KIT_COMPONENTS: ComponentSpec[] = [
  { type: ComponentType.WORKSTATION, model: 'Dell Precision 3680 Tower (i7-14700, 64 GB, RTX 4000 Ada)', serialPrefix: 'WS', embodiedKgCo2e: ADEME_DESKTOP.kgCo2e, footprintSource: ADEME_DESKTOP.source },
  { type: ComponentType.MONITOR, model: 'EIZO ColorEdge CS2400S 24"', serialPrefix: 'MA', embodiedKgCo2e: ADEME_MONITOR.kgCo2e, footprintSource: ADEME_MONITOR.source },
  { type: ComponentType.MONITOR, model: 'EIZO ColorEdge CS2400S 24"', serialPrefix: 'MB', embodiedKgCo2e: ADEME_MONITOR.kgCo2e, footprintSource: ADEME_MONITOR.source },
  { type: ComponentType.TABLET, model: 'Wacom Intuos Pro Medium (PTH-660)', serialPrefix: 'TB', embodiedKgCo2e: ADEME_TABLET.kgCo2e, footprintSource: ADEME_TABLET.source },
  { type: ComponentType.PERIPHERAL, model: 'Logitech MX Keys + MX Master 3S', serialPrefix: 'PK', embodiedKgCo2e: 10, footprintSource: SOURCE_PERIPHERALS },
];

/** Kits on desks: 40, bought when the site opened. Spares: 4 refurbished kits bought later. */
export const DESK_KIT_COUNT = 40;
export const SPARE_KIT_COUNT = 4;
export const DESK_KITS_PURCHASED_ON = '2025-09-01';
export const SPARE_KITS_PURCHASED_ON = '2026-01-15';
