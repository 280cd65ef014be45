/**
 * Compile-time checks that a zod schema and the hand-written type it guards describe the same
 * thing (the hand-written types stay zod-free so the content script can import them).
 */

/** True only when A and B are the same type (the compiler's own identity check, which mutual
 *  assignability is not: an optional field present in one only would pass that). */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
