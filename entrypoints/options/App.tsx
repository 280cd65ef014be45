import { PresetManager } from '../../components/presets/PresetManager';
import { VaultSection } from '../../components/vault/VaultSection';
import { t } from '../../utils/i18n';

/** The options page: the credential vault, then the preset manager. */
export function App() {
  return (
    <main class="options">
      <h1>{t('extName')}</h1>
      <VaultSection />
      <PresetManager />
    </main>
  );
}
