import fc from 'fast-check';
import { getNamedType, GraphQLField, GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';

/** Where a value goes in an operation's variables: ['input', 'deskIds', 0]. */
export type ArgPath = Array<string | number>;

export interface ArgSlot {
  path: ArgPath;
  /** The GraphQL type name of the leaf ('ID', 'String', 'Date', an enum…), or 'List' for the list itself. */
  kind: string;
}

/** Every place an argument of the operation takes a value: leaves, and each list itself, through input objects. */
export function argumentSlots(field: GraphQLField<unknown, unknown>): ArgSlot[] {
  const out: ArgSlot[] = [];
  const walk = (type: GraphQLInputType, path: ArgPath, seen: Set<string>) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      out.push({ path, kind: 'List' });
      return walk(inner.ofType, [...path, 0], seen);
    }
    if (isInputObjectType(inner)) {
      if (seen.has(inner.name)) return;
      for (const f of Object.values(inner.getFields())) walk(f.type, [...path, f.name], new Set([...seen, inner.name]));
      return;
    }
    out.push({ path, kind: isEnumType(inner) ? 'Enum' : getNamedType(inner).name });
  };
  for (const arg of field.args) walk(arg.type, [arg.name], new Set());
  return out;
}

const huge = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const withInside = (inject: string) => fc.string({ maxLength: 20 }).map((s) => `${s.slice(0, s.length >> 1)}${inject}${s.slice(s.length >> 1)}`);

const STRINGS = ['\u0000', 'abc\u0000def', '\ud800', 'a\udc00b', huge('x', 60_000), huge('é', 20_000), '', '\u202e\u200b', "'; DROP TABLE booking; --"];
const IDS = ['1', 'abc', '00000000-0000-0000-0000-00000000000g', '6b1f2a4e-3c5d-4e7f-8a9b-0c1d2e3f4a5b-extra', '{6b1f2a4e-3c5d-4e7f-8a9b-0c1d2e3f4a5b}', "' OR 1=1 --", '\ud800', huge('a', 10_000), ''];
const INTS = [2_147_483_647, -2_147_483_648, 0, -1, 2_147_483_648, 1e15, 3.5];
const FLOATS = [1e308, -1e308, 0, -0, 5e-324, -1, 1e20, 2 ** 53 + 1];
const DATES = ['2026-02-30', '0000-01-01', '0001-01-01', '9999-12-31', '2000-01-01', '2199-12-31', '99999-01-01', '2026-13-01', '', '2026-01-01T00:00:00Z', 20260101];
const DATETIMES = ['2026-02-30T10:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', '', 1e20];
const ENUMS = ['NOPE', '', 'confirmed', '\u0000'];

/** Known hostile values of a kind, each always sent. */
export function hostileExamples(kind: string): unknown[] {
  switch (kind) {
    case 'ID':
      return IDS;
    case 'String':
      return STRINGS;
    case 'Int':
      return INTS;
    case 'Float':
      return FLOATS;
    case 'Date':
      return DATES;
    case 'DateTime':
      return DATETIMES;
    case 'Boolean':
      return ['true', 0];
    case 'Enum':
      return ENUMS;
    default:
      return [];
  }
}

/** Random hostile values of a kind, for fast-check to add to the examples (a list: 1,000 copies of what the path held). */
export function hostileArbitrary(kind: string, current: unknown): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'List':
      return fc.constantFrom(Array.from({ length: 1000 }, () => current ?? 'x'), Array.from({ length: 201 }, (_, i) => `${i}`), [null], []);
    case 'ID':
      return fc.oneof(fc.string({ maxLength: 40 }), fc.uuid().map((u) => `${u}\u0000`), fc.integer().map(String));
    case 'String':
      return fc.oneof(withInside('\u0000'), withInside('\ud800'), withInside('\udc00'), fc.string({ unit: 'binary', maxLength: 30 }), fc.integer({ min: 10_001, max: 90_000 }).map((n) => huge('z', n)));
    case 'Int':
      return fc.oneof(fc.integer(), fc.integer({ min: -(2 ** 31), max: -1 }), fc.maxSafeInteger());
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Date':
    case 'DateTime':
      return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => (kind === 'Date' ? d.toISOString().slice(0, 10) : d.toISOString())), fc.string({ maxLength: 12 }));
    default:
      return fc.oneof(fc.string({ maxLength: 12 }), fc.integer());
  }
}

/** The value at a path of the variables, or undefined. */
export function valueAt(variables: Record<string, unknown>, path: ArgPath): unknown {
  return path.reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string | number, unknown>)[key]), variables);
}

/** A copy of the variables with `value` at `path` (objects and lists made on the way). */
export function withValueAt(variables: Record<string, unknown>, path: ArgPath, value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  let node: Record<string | number, unknown> = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else {
      if (node[key] == null || typeof node[key] !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
  });
  return copy;
}
