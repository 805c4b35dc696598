import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import type { DeviceRow } from '../core/db';
import type { ProfileCard } from '../core/profiles';
import { listProfiles } from '../core/profiles';
import { FirstRun } from './features/firstrun/FirstRun';
import { ProfileGrid } from './features/profiles/ProfileGrid';
import { AddProfile } from './features/profiles/AddProfile';
import { Unlock } from './features/profiles/Unlock';
import { Home } from './features/home/Home';
import { CheckIn } from './features/checkin/CheckIn';
import { Days } from './features/checkin/Days';
import { Settings } from './features/settings/Settings';
import { Crisis } from './features/crisis/Crisis';
import { NotFound } from './features/NotFound';
import { CardsHub } from './features/cards/CardsHub';
import { lazyPage } from './lazyPage';
// Bundled with the start: loaded lazily, its landscape @page rule did not reach Chromium's print (the PDF came out portrait).
import { CertificatePage } from './features/certificate/CertificatePage';

// Screens beyond the first few are loaded when first opened (all are precached for offline use).
const Workbook = lazyPage(() => import('./features/workbook/Workbook').then((m) => m.Workbook));
const SessionPage = lazyPage(() => import('./features/session/SessionPage').then((m) => m.SessionPage));
const SosCardPage = lazyPage(() => import('./features/sos/SosCardPage').then((m) => m.SosCardPage));
const RelapseCardPage = lazyPage(() => import('./features/relapse/RelapseCardPage').then((m) => m.RelapseCardPage));
const StrengthThoughtsPage = lazyPage(() => import('./features/strength/StrengthThoughtsPage').then((m) => m.StrengthThoughtsPage));
const GoalsPage = lazyPage(() => import('./features/goals/GoalsPage').then((m) => m.GoalsPage));
const JourneyPage = lazyPage(() => import('./features/journey/JourneyPage').then((m) => m.JourneyPage));
const SyncPage = lazyPage(() => import('./features/sync/SyncPage').then((m) => m.SyncPage));
const JoinPage = lazyPage(() => import('./features/sync/JoinPage').then((m) => m.JoinPage));
const BreathingPage = lazyPage(() => import('./features/checkin/BreathingPage').then((m) => m.BreathingPage));
import { matchRoute, navigate, usePath } from './router';
import { unlockedProfileId } from '../core/vault';

interface RoutesProps {
  device: DeviceRow | undefined;
  profile: ProfileCard | undefined;
}

/** Which screen a path shows, given whether the device is set up and a profile is unlocked. */
export function Routes({ device, profile }: RoutesProps) {
  const path = usePath();
  // Just unlocked, the profile is still loading: show nothing rather than bounce through "/".
  if (!profile && unlockedProfileId() !== null) return null;
  if (matchRoute('/hulp', path)) return <Crisis />;
  // A new device joins a workbook here, also before first run (the code is in the fragment).
  if (matchRoute('/koppel', path)) return profile ? <Redirect to="/werkboek" /> : <JoinPage />;
  if (!device) return matchRoute('/welkom', path) ? <FirstRun /> : <Redirect to="/welkom" />;
  if (matchRoute('/welkom', path)) return <Redirect to="/" />;
  if (matchRoute('/instellingen', path)) return <Settings />;

  const unlock = matchRoute('/ontgrendel/:id', path);
  if (unlock) return profile?.id === unlock.id ? <Redirect to="/werkboek" /> : <Unlock id={unlock.id!} />;
  if (matchRoute('/nieuw', path)) return <AddProfile />;
  if (matchRoute('/', path)) return profile ? <Redirect to="/werkboek" /> : device.kind === 'tablet' ? <ProfileGrid /> : <PhoneStart />;

  const lesson = matchRoute('/les/:session/:screen', path);
  if (lesson || PROFILE_PAGES.some(([route]) => matchRoute(route, path))) {
    if (!profile) return <Redirect to="/" />;
    if (lesson) return <SessionPage profile={profile} sessionId={lesson.session!} screenNumber={Number(lesson.screen) || 1} />;
    const Page = PROFILE_PAGES.find(([route]) => matchRoute(route, path))![1];
    return <Page profile={profile} />;
  }
  return <NotFound />;
}

/** Screens of an unlocked participant, by path. */
const PROFILE_PAGES: [string, FunctionComponent<{ profile: ProfileCard }>][] = [
  ['/werkboek', Home],
  ['/mijn-werkboek', Workbook],
  ['/hoe-gaat-het', CheckIn],
  ['/ademen', BreathingPage],
  ['/mijn-dagen', Days],
  ['/mijn-kaarten', CardsHub],
  ['/sos', SosCardPage],
  ['/terugvalkaart', RelapseCardPage],
  ['/kracht-gedachten', StrengthThoughtsPage],
  ['/certificaat', CertificatePage],
  ['/doelen', GoalsPage],
  ['/mijn-reis', JourneyPage],
  ['/ook-op-telefoon', SyncPage],
];

/** On an own phone there is one profile: go straight to its PIN screen. */
function PhoneStart() {
  useEffect(() => {
    // Only if this screen is still shown when the answer comes: the app may have moved on.
    let live = true;
    void listProfiles().then((profiles) => live && navigate(profiles[0] ? `/ontgrendel/${profiles[0].id}` : '/nieuw', true));
    return () => {
      live = false;
    };
  }, []);
  return null;
}

function Redirect({ to }: { to: string; children?: ComponentChildren }) {
  useEffect(() => navigate(to, true), [to]);
  return null;
}
