// The shared styles come first, so feature stylesheets bundled with the screens can refine them.
import './ui/styles.css';
import { render } from 'preact';
import { App } from './ui/App';
import { getDevice } from './core/device';
import { initI18n, setLanguage, toLanguage } from './i18n';
import { applyDisplay } from './ui/display';
import { startAutoSync } from './core/sync/autoSync';

// User-timing marks for `npm run bench`: the script runs, the first render starts.
performance.mark('app-script');

async function start(): Promise<void> {
  // Dutch strings are set up while the database opens; another language is loaded after.
  const [device] = await Promise.all([getDevice().catch(() => undefined), initI18n('nl')]);
  // Before the first paint, so the chosen text size and contrast never flash.
  applyDisplay(device);
  if (toLanguage(device?.language) !== 'nl') await setLanguage(toLanguage(device?.language));
  performance.mark('app-render');
  startAutoSync();
  render(<App />, document.getElementById('app')!);
}

void start();
