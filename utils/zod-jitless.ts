/**
 * zod probes for `new Function` to compile fast validators. The extension's CSP forbids eval, so
 * the probe only fails, and reviewers' linters flag the Function constructor. Say "jitless" up
 * front instead. Imported first by every entrypoint that validates (schemas read it when created).
 */
import { config } from 'zod';

config({ jitless: true });
