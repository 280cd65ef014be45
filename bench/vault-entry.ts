/** Entry of the benchmark's vault bundle (vault-bundle.ts): zod without JIT first, then the vault core. */
import '../utils/zod-jitless';

export * from '../utils/vault';
