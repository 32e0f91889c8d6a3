import { ComponentType } from '../kits/kit.entity.js';

/**
 * Manufacturing footprints of one component by type, from one source family: ADEME, Impact CO2
 * data (2025 update), "fabrication" share of each device. The seeded kits use them, and the
 * operator's component form offers them for a new component (GraphQL co2ComponentReferences).
 * A pen tablet has no ADEME line of its own: the tablet figure is used, an upper bound.
 */
export interface ComponentFootprintReference {
  type: ComponentType;
  kgCo2e: number;
  source: string;
}

export const ADEME_DESKTOP: ComponentFootprintReference = {
  type: ComponentType.WORKSTATION,
  kgCo2e: 205,
  source: 'ADEME Impact CO2 (2025 update): desktop computer, manufacturing, 205 kg CO2e',
};
export const ADEME_MONITOR: ComponentFootprintReference = {
  type: ComponentType.MONITOR,
  kgCo2e: 66,
  source: 'ADEME Impact CO2 (2025 update): 24-inch monitor, manufacturing, 66 kg CO2e',
};
export const ADEME_TABLET: ComponentFootprintReference = {
  type: ComponentType.TABLET,
  kgCo2e: 84,
  source: 'ADEME Impact CO2 (2025 update): tablet, manufacturing, 84 kg CO2e (upper bound for a pen tablet)',
};

/** The references by type; keyboards and mice have none in the ADEME set. */
export const COMPONENT_FOOTPRINT_REFERENCES: readonly ComponentFootprintReference[] = [ADEME_DESKTOP, ADEME_MONITOR, ADEME_TABLET];
