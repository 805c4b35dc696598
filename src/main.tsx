// The shared styles come first, so feature stylesheets bundled with the screens can refine them.
import './ui/styles.css';
import { render } from 'preact';
import { App } from './ui/App';
import { getDevice } from './core/device';
import { initI18n, setLanguage, toLanguage } from './i18n';
import { applyDisplay } from './ui/display';
import { startAutoSync } from './core/sync/autoSync';
import { forgetEarlyReads, readEarly } from './core/earlyReads';
import { listProfiles, unlockScreenInfo } from './core/profiles';

// User-timing marks for `npm run bench`: the script runs, the first render starts.
performance.mark('app-script');

/** The first screen's own read, started before anything else (see core/earlyReads.ts). */
function readFirstScreenEarly(path: string): Promise<void> | undefined {
  const unlock = /^\/ontgrendel\/([^/]+)\/?$/.exec(path);
  if (unlock) return readEarly(`unlock:${unlock[1]}`, () => unlockScreenInfo(decodeURIComponent(unlock[1]!)));
  if (path === '/') return readEarly('profiles', listProfiles);
  return undefined;
}

async function start(): Promise<void> {
  const firstScreen = readFirstScreenEarly(location.pathname);
  // Dutch strings are set up while the database opens; another language is loaded after. The
  // first screen's read answers first (it went out first), so that screen renders complete.
  // (null: the device could not be read; the app tries again and says what is wrong.)
  const [device] = await Promise.all([getDevice().catch(() => null), initI18n('nl'), firstScreen]);
  // Before the first paint, so the chosen text size and contrast never flash.
  applyDisplay(device ?? undefined);
  if (toLanguage(device?.language) !== 'nl') await setLanguage(toLanguage(device?.language));
  performance.mark('app-render');
  startAutoSync();
  render(<App start={device === null ? undefined : { device }} />, document.getElementById('app')!);
  // The first render (with its layout effects) has taken what it needed.
  forgetEarlyReads();
}

void start();
