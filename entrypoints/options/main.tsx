import '../../utils/zod-jitless';
import { render } from 'preact';
import '../../assets/ui.css';
import { t } from '../../utils/i18n';
import { App } from './App';

// index.html's <title> is the untranslated fallback; the i18n API is only reachable from script.
document.title = t('options_title');

render(<App />, document.getElementById('app')!);
