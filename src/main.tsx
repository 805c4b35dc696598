// The shared styles come first, so feature stylesheets bundled with the screens can refine them.
import './ui/styles.css';
import { render } from 'preact';
import { App } from './ui/App';
import { getDevice } from './core/device';
import { initI18n, toLanguage } from './i18n';
import { startAutoSync } from './core/sync/autoSync';

async function start(): Promise<void> {
  const device = await getDevice().catch(() => undefined);
  await initI18n(toLanguage(device?.language));
  startAutoSync();
  render(<App />, document.getElementById('app')!);
}

void start();
