/**
 * zod probes for `new Function` to compile fast validators. The extension's CSP forbids eval, so
 * the probe only fails, and reviewers' linters flag the Function constructor. Say "jitless" up
 * front instead (one setting for zod's classic and mini builds alike). Imported first by every
 * entrypoint that validates (schemas read it when created).
 */
import { config } from 'zod/mini';

config({ jitless: true });
