/**
 * Inside the extension, zod finds that the CSP forbids `new Function` and validates without its
 * JIT. Code evaluated over the DevTools protocol passes that probe but may not eval later, so
 * the benchmark's vault bundle says "jitless" up front: the same path the extension takes. Its
 * own module, imported first, because schemas read the setting when they are created.
 */
import { config } from 'zod';

config({ jitless: true });
