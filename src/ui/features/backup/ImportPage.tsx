import { useState } from 'preact/hooks';
import { Screen } from '../../components/Screen';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { StaffCodeForm } from '../profiles/StaffCodeForm';
import { AlreadyPresentError, BackupError, openBackup, readBackupFile, restoreBackup, type OpenedBackup } from '../../../core/backup';
import { readBackupHeader } from '../../../core/backupFormat';
import type { DeviceRow } from '../../../core/db';
import { deviceChanged } from '../../../core/device';
import { profilesChanged, unlockWithPin } from '../../../core/profiles';
import { openWithStaffCode } from '../../../core/staff';
import { i18next, toLanguage } from '../../../i18n';
import { navigate } from '../../router';
import { useT } from '../../useT';
import { RestoreIcon } from './BackupIcons';
import { FilePicker } from './FilePicker';
import { NewPin } from './NewPin';
import { PasswordField } from './PasswordField';
import type { ImportProblem } from './strings';
import { useStrings } from './useStrings';
import './backup.css';

type Step = 'file' | 'password' | 'present' | 'code' | 'pin' | 'saving' | 'done';

/**
 * "Werkboek terugzetten": pick the file, type its password, (on a device with a staff code) the
 * trainer or begeleider types the code, then a new PIN. Nothing is written before the last step;
 * the workbook always comes in as a new profile.
 */
export function ImportPage({ device }: { device: DeviceRow | undefined }) {
  const s = useStrings();
  const t = useT();
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<Uint8Array | null>(null);
  const [password, setPassword] = useState('');
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [staffKey, setStaffKey] = useState<CryptoKey | undefined>();
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [restored, setRestored] = useState<{ id: string; pin: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const go = (next: Step, why: ImportProblem | null = null) => {
    setProblem(why);
    setStep(next);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h2')?.focus());
  };
  const fail = (error: unknown, stay?: Step) => {
    if (!(error instanceof BackupError)) return go('file', 'storage');
    if (error.problem === 'wrongPassword') return go(stay ?? 'password', 'wrongPassword');
    setFile(null);
    go('file', error.problem);
  };

  const pick = async (picked: File) => {
    setBusy(true);
    try {
      const bytes = await readBackupFile(picked);
      await readBackupHeader(bytes);
      setFile(bytes);
      go('password');
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const open = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const backup = await openBackup(file, password);
      setOpened(backup);
      setPassword('');
      go(backup.present ? 'present' : afterPresent());
    } catch (error) {
      setPassword('');
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const afterPresent = (): Step => (device?.staffKey ? 'code' : 'pin');

  const save = async (pin: string) => {
    if (!opened) return;
    go('saving');
    try {
      const id = await restoreBackup(opened, { pin, staffKey, alongside: Boolean(opened.present), language: toLanguage(i18next.language) });
      setRestored({ id, pin, name: opened.document.profile.displayName });
      setOpened(null);
      setFile(null);
      deviceChanged.emit();
      profilesChanged.emit();
      go('done');
    } catch (error) {
      if (error instanceof AlreadyPresentError) return go('present');
      fail(error);
    }
  };

  return (
    <Screen title={s.importTitle}>
      {step === 'file' && (
        <section class="stack" aria-labelledby="restore-file-title">
          <h2 id="restore-file-title" tabIndex={-1}>{s.fileTitle}</h2>
          <p id="restore-file-intro">{s.fileIntro}</p>
          <p>{device ? s.fileNew : s.freshPhone}</p>
          <FilePicker word={busy ? s.checking : s.chooseFile} disabled={busy} onFile={pick} describedBy="restore-file-intro" />
          <Message kind="problem">{problem && `${s.problems[problem]} ${s.nothingChanged}`}</Message>
          <IconButton icon="back" variant="quiet" onClick={() => navigate(device ? '/instellingen' : '/welkom', true)}>
            {t('nav.back')}
          </IconButton>
        </section>
      )}
      {step === 'password' && (
        <form
          class="stack"
          aria-labelledby="restore-password-title"
          onSubmit={(event) => {
            event.preventDefault();
            void open();
          }}
        >
          <h2 id="restore-password-title" tabIndex={-1}>{s.openTitle}</h2>
          <p id="restore-password-intro">{s.openIntro}</p>
          <PasswordField value={password} onInput={setPassword} autoComplete="current-password" describedBy="restore-password-intro" />
          <Message kind="problem">{problem && `${s.problems[problem]} ${s.nothingChanged}`}</Message>
          <button type="submit" class="btn btn-primary" disabled={busy}>
            <RestoreIcon size={32} />
            <span>{busy ? s.checking : s.open}</span>
          </button>
          <IconButton icon="back" onClick={() => (setFile(null), go('file'))}>
            {s.otherFile}
          </IconButton>
        </form>
      )}
      {step === 'present' && (
        <section class="stack" aria-labelledby="restore-present-title">
          <h2 id="restore-present-title" tabIndex={-1}>{s.presentTitle}</h2>
          <p>{s.presentText(opened?.present?.displayName ?? '')}</p>
          <p>{s.presentQuestion}</p>
          <IconButton icon="plus" variant="primary" onClick={() => go(afterPresent())}>
            {s.addAnyway}
          </IconButton>
          <IconButton icon="close" onClick={() => navigate('/instellingen', true)}>
            {s.stop}
          </IconButton>
        </section>
      )}
      {step === 'code' && device?.staffKey && (
        <section class="stack" aria-labelledby="restore-code-title">
          <h2 id="restore-code-title" tabIndex={-1}>{device.kind === 'tablet' ? t('profiles.trainerFirst') : s.helperTitle}</h2>
          <p>{device.kind === 'tablet' ? t('profiles.trainerFirstIntro') : s.helperIntro}</p>
          <StaffCodeForm
            label={device.kind === 'tablet' ? t('firstRun.trainerCode') : t('firstRun.helperCode')}
            attempt={async (code) => {
              const result = await openWithStaffCode(code);
              if (result.ok) {
                setStaffKey(result.staffKey);
                go('pin');
              }
              return result;
            }}
          />
          {device.kind === 'phone' && (
            <IconButton icon="next" variant="quiet" onClick={() => go('pin')}>
              {s.skip}
            </IconButton>
          )}
        </section>
      )}
      {step === 'pin' && <NewPin onDone={save} />}
      {step === 'saving' && <p role="status">{s.restoring}</p>}
      {step === 'done' && restored && (
        <section class="stack" aria-labelledby="restore-done-title">
          <h2 id="restore-done-title" tabIndex={-1}>{s.restoredTitle}</h2>
          <Message kind="good">{s.restoredText(restored.name)}</Message>
          <IconButton
            icon="next"
            variant="primary"
            onClick={async () => {
              await unlockWithPin(restored.id, restored.pin);
              navigate('/werkboek', true);
            }}
          >
            {s.toWorkbook}
          </IconButton>
        </section>
      )}
    </Screen>
  );
}
