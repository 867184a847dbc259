import { isCanonicalBase64url } from '../protocol/base64url';
import { base64urlChars } from '../protocol/v1';

/*
 * Small type guards for the browser to check API answers with, instead of
 * shipping zod to every page (about 30 KB gzip). Each mirrors one zod
 * construct of lib/schemas exactly: same accepted values, same rejected ones
 * (tests/unit/client-validate.test.ts runs both on the same random inputs).
 * Guards narrow without copying: `strictObject` rejects unknown keys, so a
 * value that passes carries nothing the shape does not name.
 */

export type Guard<T> = (value: unknown) => value is T;
/** A guard whose key may be absent from an object (zod's `.optional()`). */
export type OptionalGuard<T> = Guard<T | undefined> & { readonly optional: true };
export type Guarded<G> = G extends Guard<infer T> ? T : never;

type Shape = Readonly<Record<string, Guard<unknown>>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalGuard<unknown> ? K : never }[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
export type ShapeOf<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Guarded<S[K]> } & { [K in OptionalKeys<S>]?: Guarded<S[K]> }
>;

/** `z.string()` */
export const string: Guard<string> = (v): v is string => typeof v === 'string';

/** `z.boolean()` */
export const boolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';

/** `z.number().int()` with a lower bound: `.positive()` is `int(1)`, `.nonnegative()` is `int(0)`. */
export function int(min: number): Guard<number> {
  return (v): v is number => Number.isSafeInteger(v) && (v as number) >= min;
}

/** `z.literal(...)` / `z.enum([...])`: one of a closed list. */
export function oneOf<const T extends readonly (string | number)[]>(values: T): Guard<T[number]> {
  return (v): v is T[number] => values.includes(v as T[number]);
}

/** `base64urlField(bytes)`: canonical base64url without padding of exactly `bytes` bytes. */
export function base64url(bytes: number): Guard<string> {
  const length = base64urlChars(bytes);
  return (v): v is string => typeof v === 'string' && v.length === length && isCanonicalBase64url(v);
}

// zod 4.6's `z.iso.datetime()` pattern (v4/core/regexes.js, no offset, no local time): a real
// calendar date, `T`, hh:mm:ss with any fraction, and `Z`.
const DATE =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const DATETIME = new RegExp(`^${DATE}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$`);
const DATE_ONLY = new RegExp(`^${DATE}$`);

/** `z.iso.datetime()` */
export const isoDatetime: Guard<string> = (v): v is string => typeof v === 'string' && DATETIME.test(v);

/** `z.iso.date()` */
export const isoDate: Guard<string> = (v): v is string => typeof v === 'string' && DATE_ONLY.test(v);

/** `z.string().max(n)` (UTF-16 code units, as zod counts). */
export function maxLength(n: number): Guard<string> {
  return (v): v is string => typeof v === 'string' && v.length <= n;
}

/** `.nullable()` */
export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (v): v is T | null => v === null || guard(v);
}

/** `.optional()`: the key may be missing (or undefined). */
export function optional<T>(guard: Guard<T>): OptionalGuard<T> {
  return Object.assign((v: unknown): v is T | undefined => v === undefined || guard(v), { optional: true as const });
}

/** `z.array(...)` */
export function array<T>(guard: Guard<T>): Guard<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every((item) => guard(item));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `z.object(shape)`: unknown keys are allowed (and left in place; read only the named ones). */
export function looseObject<S extends Shape>(shape: S): Guard<ShapeOf<S>> {
  const entries = Object.entries(shape);
  return (v): v is ShapeOf<S> => isObject(v) && entries.every(([key, guard]) => guard(v[key]));
}

/** `z.strictObject(shape)`: every key named in `shape` valid, and no other key. */
export function strictObject<S extends Shape>(shape: S): Guard<ShapeOf<S>> {
  const fits = looseObject(shape);
  const keys = new Set(Object.keys(shape));
  return (v): v is ShapeOf<S> => {
    if (!fits(v)) return false;
    for (const key in v) if (!keys.has(key)) return false;
    return true;
  };
}
