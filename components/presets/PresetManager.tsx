/** The preset manager of the options page (placeholder until the preset UI lands). */
export function PresetManager() {
  return <section aria-labelledby="presets-heading"><h2 id="presets-heading">Presets</h2></section>;
}
