/** The vault section of the options page (placeholder until the vault UI lands). */
export function VaultSection() {
  return <section aria-labelledby="vault-heading"><h2 id="vault-heading">Vault</h2></section>;
}
