import type { ComponentType, KitComponentInput } from '../../gql/graphql';

/** A reference footprint for a component type (the API's co2ComponentReferences). */
export interface FootprintReference {
  type: ComponentType;
  kgCo2e: number;
  source: string;
}

export interface ComponentFigures {
  embodied: string;
  source: string;
}

/**
 * The footprint a new component's form shows for `type`: the reference figure and its source,
 * unless the operator wrote a source of their own (then what they typed is kept: null).
 */
export function followReference(references: readonly FootprintReference[], type: ComponentType, current: ComponentFigures): ComponentFigures | null {
  const untouched = !current.source.trim() || references.some((r) => r.source === current.source);
  if (!untouched) return null;
  const reference = references.find((r) => r.type === type);
  return { embodied: reference ? String(reference.kgCo2e) : '', source: reference?.source ?? '' };
}

/** What the form sends: the footprint typed the French or the English way ("66,5" or "66.5"). */
export function componentInput(values: { type: ComponentType; model: string; serialNumber: string; refurbished: boolean } & ComponentFigures): KitComponentInput {
  return {
    type: values.type,
    model: values.model,
    serialNumber: values.serialNumber,
    embodiedKgCo2e: Number(values.embodied.replace(',', '.')),
    refurbished: values.refurbished,
    footprintSource: values.source.trim() || undefined,
  };
}
