import { PresetManager } from '../../components/presets/PresetManager';
import { VaultSection } from '../../components/vault/VaultSection';
import { t } from '../../utils/i18n';
import { TaughtRows } from '../../components/taught/TaughtRows';

/** The options page, called "Scopekeeper vault" everywhere (options_title): the credentials, the
 *  preset manager, then the taught rows. */
export function App() {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <VaultSection />
      <PresetManager />
      <TaughtRows />
    </main>
  );
}
