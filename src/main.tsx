// The shared styles come first, so feature stylesheets bundled with the screens can refine them.
import './ui/styles.css';
import { render } from 'preact';
import { App } from './ui/App';
import { getDevice } from './core/device';
import { initI18n, toLanguage } from './i18n';
import { applyDisplay } from './ui/display';

async function start(): Promise<void> {
  const device = await getDevice().catch(() => undefined);
  // Before the first paint, so the chosen text size and contrast never flash.
  applyDisplay(device);
  await initI18n(toLanguage(device?.language));
  render(<App />, document.getElementById('app')!);
}

void start();
