import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { DeviceRow } from '../core/db';
import type { ProfileCard } from '../core/profiles';
import { listProfiles } from '../core/profiles';
import { takeEarly } from '../core/earlyReads';
import { ProfileGrid } from './features/profiles/ProfileGrid';
import { Unlock } from './features/profiles/Unlock';
import { Crisis } from './features/crisis/Crisis';
import { NotFound } from './features/NotFound';
import { lazyPage, preloadWhenIdle } from './lazyPage';
// The certificate's styles come with the start: loaded with its lazy screen, the landscape
// @page rule did not reach Chromium's print (the PDF came out portrait).
import './print.css';
import './features/certificate/certificate.css';

// Only the screens of a cold start (profile grid, PIN, crisis numbers) come with the app's first
// script; every other screen is loaded when first opened (all are precached for offline use).
const FirstRun = lazyPage(() => import('./features/firstrun/FirstRun').then((m) => m.FirstRun));
const AddProfile = lazyPage(() => import('./features/profiles/AddProfile').then((m) => m.AddProfile));
const Home = lazyPage(() => import('./features/home/Home').then((m) => m.Home));
const CheckIn = lazyPage(() => import('./features/checkin/CheckIn').then((m) => m.CheckIn));
const Days = lazyPage(() => import('./features/checkin/Days').then((m) => m.Days));
const Settings = lazyPage(() => import('./features/settings/Settings').then((m) => m.Settings));
const CardsHub = lazyPage(() => import('./features/cards/CardsHub').then((m) => m.CardsHub));
const CertificatePage = lazyPage(() => import('./features/certificate/CertificatePage').then((m) => m.CertificatePage));
const Workbook = lazyPage(() => import('./features/workbook/Workbook').then((m) => m.Workbook));
const SessionPage = lazyPage(() => import('./features/session/SessionPage').then((m) => m.SessionPage));
const SosCardPage = lazyPage(() => import('./features/sos/SosCardPage').then((m) => m.SosCardPage));
const RelapseCardPage = lazyPage(() => import('./features/relapse/RelapseCardPage').then((m) => m.RelapseCardPage));
const StrengthThoughtsPage = lazyPage(() => import('./features/strength/StrengthThoughtsPage').then((m) => m.StrengthThoughtsPage));
const GoalsPage = lazyPage(() => import('./features/goals/GoalsPage').then((m) => m.GoalsPage));
const JourneyPage = lazyPage(() => import('./features/journey/JourneyPage').then((m) => m.JourneyPage));
const StaffArea = lazyPage(() => import('./features/staff/StaffArea').then((m) => m.StaffArea));
const SurpsCardPage = lazyPage(() => import('./features/surps/SurpsCardPage').then((m) => m.SurpsCardPage));
const AboutMePage = lazyPage(() => import('./features/aboutMe/AboutMePage').then((m) => m.AboutMePage));
const SyncPage = lazyPage(() => import('./features/sync/SyncPage').then((m) => m.SyncPage));
const JoinPage = lazyPage(() => import('./features/sync/JoinPage').then((m) => m.JoinPage));
const BreathingPage = lazyPage(() => import('./features/checkin/BreathingPage').then((m) => m.BreathingPage));
const ExportPage = lazyPage(() => import('./features/backup/ExportPage').then((m) => m.ExportPage));
const ImportPage = lazyPage(() => import('./features/backup/ImportPage').then((m) => m.ImportPage));
import { matchRoute, navigate, usePath } from './router';
import { unlockedProfileId } from '../core/vault';

interface RoutesProps {
  device: DeviceRow | undefined;
  profile: ProfileCard | undefined;
}

/** Which screen a path shows, given whether the device is set up and a profile is unlocked. */
export function Routes({ device, profile }: RoutesProps) {
  const path = usePath();
  // While a PIN is typed, fetch the home screen; once a profile is open, the workbook and player.
  const unlocked = Boolean(profile);
  useEffect(() => (device ? preloadWhenIdle(unlocked ? [Workbook, SessionPage] : [Home]) : undefined), [Boolean(device), unlocked]);
  // Just unlocked, the profile is still loading: show nothing rather than bounce through "/".
  if (!profile && unlockedProfileId() !== null) return null;
  if (matchRoute('/hulp', path)) return <Crisis />;
  // Restoring a backup also works on a device that was never set up (it becomes an own phone).
  if (matchRoute('/terugzetten', path)) return <ImportPage device={device} />;
  // A new device joins a workbook here, also before first run (the code is in the fragment).
  if (matchRoute('/koppel', path)) return profile ? <Redirect to="/werkboek" /> : <JoinPage />;
  if (!device) return matchRoute('/welkom', path) ? <FirstRun /> : <Redirect to="/welkom" />;
  if (matchRoute('/welkom', path)) return <Redirect to="/" />;
  if (matchRoute('/instellingen', path)) return <Settings />;
  if (path === '/staf' || path.startsWith('/staf/')) return <StaffArea device={device} path={path.replace(/\/+$/, '')} />;

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
  ['/reservekopie', ExportPage],
  ['/praatkaart', SurpsCardPage],
  ['/over-mij', AboutMePage],
  ['/ook-op-telefoon', SyncPage],
];

/** On an own phone there is one profile: go straight to its PIN screen. */
function PhoneStart() {
  // A layout effect: the PIN screen is the phone's first screen, so ask for the profile at once.
  useLayoutEffect(() => {
    // Only if this screen is still shown when the answer comes: the app may have moved on.
    let live = true;
    void (takeEarly<ProfileCard[]>('profiles') ?? listProfiles()).then((profiles) => live && navigate(profiles[0] ? `/ontgrendel/${profiles[0].id}` : '/nieuw', true));
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
