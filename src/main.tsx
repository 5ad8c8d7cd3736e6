import { render } from 'solid-js/web';
import { App } from './app/App';
import { initialLocale, setLocale } from './i18n';
// Shared styles load with the shell, never with a page: a page's own stylesheet styles only its own
// classes (tests/unit/ui/cssScoping.test.ts), so no page looks different for what was visited before.
import './ui/styles.css';
import './ui/forms.css';
import './ui/tables.css';
import './ui/results.css';
import './ui/downloads.css';
import './ui/shortlist/shortlist.css';
import './ui/print.css';

// The chosen language's dictionaries arrive before the first paint, so it never flashes English.
void setLocale(initialLocale(), { remember: false }).then(() => render(() => <App />, document.getElementById('root')!));
