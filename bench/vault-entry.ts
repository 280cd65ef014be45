/** Entry of the benchmark's vault bundle (vault-bundle.ts): zod without JIT first, then the vault core. */
import '../utils/zod-jitless';

export * from '../utils/vault';
// The benchmark times Argon2id on its own, to tell the unlock's derivation from what follows it.
export { deriveKek } from '../utils/vault/kdf';
