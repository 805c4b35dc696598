import { useEffect, useId, useState } from 'preact/hooks';
import { completeFirstRun } from '../../../core/firstRun';
import { DEFAULT_CRISIS_NUMBERS, getDevice } from '../../../core/device';
import { createProfile, unlockWithPin, type NewProfile } from '../../../core/profiles';
import { SyncError } from '../../../core/sync/transport';
import { claim, joinClaimed, normalizeCode, type Joined } from '../../../core/sync/workbookSync';
import { i18next, setLanguage, toLanguage } from '../../../i18n';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { Screen } from '../../components/Screen';
import { ProfileForm } from '../profiles/ProfileForm';
import { CodeScanner } from './CodeScanner';
import { errorText, useStrings } from './useStrings';
import { STRINGS } from './strings';
import { useLoad } from '../../useSignal';
import './sync.css';

/**
 * A new device joins a workbook: the code comes from the link's fragment (a scanned QR code),
 * from the camera or typed; then a name and PIN for this device; then the workbook arrives.
 */
export function JoinPage() {
  const s = useStrings();
  const codeId = useId();
  const [text, setText] = useState(() => decodeURIComponent(location.hash.slice(1)));
  const [step, setStep] = useState<'code' | 'busy' | 'profile' | 'saving'>('code');
  const [joined, setJoined] = useState<Joined | null>(null);
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState('');

  const hasDevice = useLoad(async () => (await getDevice()) !== undefined);
  const other = toLanguage(i18next.language) === 'nl' ? 'en' : 'nl';

  // The code is not kept in the address bar once read.
  useEffect(() => {
    if (location.hash) history.replaceState(history.state, '', location.pathname);
  }, []);

  const submit = async (input: string) => {
    const code = normalizeCode(input);
    if (!code) return setProblem(s.codeWrong);
    setProblem('');
    setStep('busy');
    try {
      const device = await getDevice();
      setJoined(await claim(code, device?.kind === 'tablet' ? s.tabletName : s.phoneName));
      setStep('profile');
      requestAnimationFrame(() => document.querySelector<HTMLElement>('main h2')?.focus());
    } catch (error) {
      setProblem(errorText(s.errors, error instanceof SyncError ? error.code : 'other'));
      setStep('code');
    }
  };

  const finish = async (profile: NewProfile) => {
    if (!joined) return;
    setStep('saving');
    const device = await getDevice();
    if (device) {
      const id = await createProfile(profile);
      await unlockWithPin(id, profile.pin);
    } else {
      const language = toLanguage(i18next.language);
      await completeFirstRun({ kind: 'phone', organisation: '', crisisNumbers: [...DEFAULT_CRISIS_NUMBERS], language }, profile);
    }
    // Unlocking already leads to the home screen; the workbook arrives there.
    await joinClaimed(joined);
  };

  return (
    <Screen title={s.joinTitle}>
      {step === 'code' && (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(text);
          }}
        >
          <p>{s.joinIntro}</p>
          <label for={codeId}>{s.codeInput}</label>
          <p id={`${codeId}-hint`} class="hint">
            {s.codeHint}
          </p>
          <input
            id={codeId}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={40}
            value={text}
            aria-describedby={`${codeId}-hint`}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <Message kind="problem">{problem}</Message>
          <IconButton icon="check" variant="primary" type="submit">
            {s.join}
          </IconButton>
          {scanning ? (
            <CodeScanner
              onCode={(found) => {
                setScanning(false);
                setText(found);
                void submit(found);
              }}
              onStop={() => setScanning(false)}
            />
          ) : (
            <IconButton icon="camera" onClick={() => setScanning(true)}>
              {s.scan}
            </IconButton>
          )}
          {!hasDevice && (
            <IconButton icon="language" variant="quiet" onClick={() => setLanguage(other)}>
              <span lang={other}>{STRINGS[other].languageName}</span>
            </IconButton>
          )}
        </form>
      )}
      {(step === 'busy' || step === 'saving') && <p role="status">{s.joining}</p>}
      {step === 'profile' && (
        <section class="stack" aria-labelledby="joined-title">
          <h2 id="joined-title" tabIndex={-1}>
            {s.joinedTitle}
          </h2>
          <p>{s.joinedPin}</p>
          <ProfileForm onDone={(profile) => void finish(profile)} />
        </section>
      )}
    </Screen>
  );
}
