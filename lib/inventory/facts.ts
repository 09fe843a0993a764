/**
 * A fact on a detail page with where it comes from: a Microsoft Graph property (by its Graph name),
 * a fact Sightline records itself (the snapshot's `sightline` object, or a section Graph does not
 * hold), or a value Sightline derives from other facts.
 */
export type FactSource =
  | { kind: "graph"; field: string }
  | { kind: "sightline"; field: string }
  | { kind: "derived"; from: string };

export type FactValue = string | number | boolean | null;

export interface Fact {
  label: string;
  value: FactValue;
  source: FactSource;
  /** A display form of the value (a label for an enum value); the raw value is shown beside it. */
  display?: string;
}

export const graph = (field: string): FactSource => ({ kind: "graph", field });
export const sightline = (field: string): FactSource => ({ kind: "sightline", field });
export const derived = (from: string): FactSource => ({ kind: "derived", from });
