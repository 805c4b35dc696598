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
  // (null: the device could not be read; the app tries again and says what is wrong.)
  const [device] = await Promise.all([getDevice().catch(() => null), initI18n('nl')]);
  // Before the first paint, so the chosen text size and contrast never flash.
  applyDisplay(device ?? undefined);
  if (toLanguage(device?.language) !== 'nl') await setLanguage(toLanguage(device?.language));
  performance.mark('app-render');
  startAutoSync();
  render(<App start={device === null ? undefined : { device }} />, document.getElementById('app')!);
}

void start();
