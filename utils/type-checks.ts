/**
 * Compile-time checks that a zod schema and the hand-written type it guards describe the same
 * thing (the hand-written types stay zod-free so the content script can import them).
 */

/** True only when A and B are the same type (the compiler's own identity check, which mutual
 *  assignability is not: an optional field present in one only would pass that). */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type Flat<T> = { [P in keyof T]: T[P] };

/**
 * For each request type of a message map, whether the fields its schema yields (the request less
 * its `type`) are exactly the map's payload: `true` for every key is what compiles.
 */
export type SchemasMatch<Protocol extends Record<string, { payload: object }>, Parsed extends { type: string }> = {
  // A request type with no schema at all is `false` too, even when its payload is empty.
  [K in keyof Protocol & string]: [Extract<Parsed, { type: K }>] extends [never]
    ? false
    : Same<Flat<Omit<Extract<Parsed, { type: K }>, 'type'>>, Flat<Protocol[K]['payload']>>;
};
