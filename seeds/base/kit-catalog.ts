import { ComponentType } from '../../backend/src/modules/kits/kit.entity.js';

/**
 * Component models of the PC kits and their manufacturing footprints. One source family
 * throughout: ADEME, Impact CO2 data (2025 update), "fabrication" share of each device:
 * desktop (unité centrale) 205 kg CO2e, 24" monitor 66 kg CO2e, tablet 84 kg CO2e.
 * A pen tablet has no ADEME line of its own: the tablet figure is used, an upper bound.
 * Keyboard and mouse are not in the ADEME set: 10 kg CO2e is Studio FLEX's estimate,
 * kept small and named as such.
 */
export const SOURCE_ADEME_DESKTOP = 'ADEME Impact CO2 (2025 update): desktop computer, manufacturing, 205 kg CO2e';
export const SOURCE_ADEME_MONITOR = 'ADEME Impact CO2 (2025 update): 24-inch monitor, manufacturing, 66 kg CO2e';
export const SOURCE_ADEME_TABLET = 'ADEME Impact CO2 (2025 update): tablet, manufacturing, 84 kg CO2e (upper bound for a pen tablet)';
export const SOURCE_PERIPHERALS = 'Studio FLEX estimate: keyboard and mouse, 10 kg CO2e (not in the ADEME reference set)';

export interface ComponentSpec {
  type: ComponentType;
  model: string;
  serialPrefix: string;
  embodiedKgCo2e: number;
  footprintSource: string;
}

export const KIT_COMPONENTS: ComponentSpec[] = [
  { type: ComponentType.WORKSTATION, model: 'Dell Precision 3680 Tower (i7-14700, 64 GB, RTX 4000 Ada)', serialPrefix: 'WS', embodiedKgCo2e: 205, footprintSource: SOURCE_ADEME_DESKTOP },
  { type: ComponentType.MONITOR, model: 'EIZO ColorEdge CS2400S 24"', serialPrefix: 'MA', embodiedKgCo2e: 66, footprintSource: SOURCE_ADEME_MONITOR },
  { type: ComponentType.MONITOR, model: 'EIZO ColorEdge CS2400S 24"', serialPrefix: 'MB', embodiedKgCo2e: 66, footprintSource: SOURCE_ADEME_MONITOR },
  { type: ComponentType.TABLET, model: 'Wacom Intuos Pro Medium (PTH-660)', serialPrefix: 'TB', embodiedKgCo2e: 84, footprintSource: SOURCE_ADEME_TABLET },
  { type: ComponentType.PERIPHERAL, model: 'Logitech MX Keys + MX Master 3S', serialPrefix: 'PK', embodiedKgCo2e: 10, footprintSource: SOURCE_PERIPHERALS },
];

/** Kits on desks: 40, bought when the site opened. Spares: 4 refurbished kits bought later. */
export const DESK_KIT_COUNT = 40;
export const SPARE_KIT_COUNT = 4;
export const DESK_KITS_PURCHASED_ON = '2025-09-01';
export const SPARE_KITS_PURCHASED_ON = '2026-01-15';
