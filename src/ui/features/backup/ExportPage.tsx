import { useEffect, useState } from 'preact/hooks';
import { Screen } from '../../components/Screen';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { exportWorkbook, isValidBackupPassword } from '../../../core/backup';
import { Icon } from '../../icons/Icon.tsx';
import { SaveCopyIcon } from './BackupIcons';
import { NavButton } from './NavButton';
import { PasswordField } from './PasswordField';
import { useStrings } from './useStrings';
import { useT } from '../../useT';
import './backup.css';

type Step = 'password' | 'again' | 'making' | 'done';

/** "Reservekopie maken": choose a password twice; the file is then saved as a download. */
export function ExportPage() {
  const s = useStrings();
  const t = useT();
  const [step, setStep] = useState<Step>('password');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');
  const [made, setMade] = useState<{ url: string; fileName: string } | null>(null);
  useEffect(() => () => made && URL.revokeObjectURL(made.url), [made]);

  const go = (next: Step, message = '') => {
    setProblem(message);
    setStep(next);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h2')?.focus());
  };

  const make = async () => {
    go('making');
    try {
      const { blob, fileName } = await exportWorkbook(password);
      const url = URL.createObjectURL(blob);
      setMade({ url, fileName });
      setPassword('');
      setAgain('');
      download(url, fileName);
      go('done');
    } catch {
      go('again', s.exportFailed);
    }
  };

  return (
    <Screen title={s.exportTitle}>
      {step === 'password' && (
        <form
          class="stack"
          aria-labelledby="backup-password-title"
          onSubmit={(event) => {
            event.preventDefault();
            if (isValidBackupPassword(password)) go('again');
            else setProblem(s.passwordTooShort);
          }}
        >
          <p>{s.exportIntro}</p>
          <h2 id="backup-password-title" tabIndex={-1}>{s.passwordTitle}</h2>
          <p id="backup-password-intro">{s.passwordIntro}</p>
          <p>{s.passwordRemember}</p>
          <PasswordField value={password} onInput={setPassword} autoComplete="new-password" describedBy="backup-password-intro" />
          <Message kind="problem">{problem}</Message>
          <IconButton icon="next" variant="primary" type="submit">
            {t('nav.next')}
          </IconButton>
        </form>
      )}
      {step === 'again' && (
        <form
          class="stack"
          aria-labelledby="backup-again-title"
          onSubmit={(event) => {
            event.preventDefault();
            if (again === password) void make();
            else {
              setPassword('');
              setAgain('');
              go('password', s.notSame);
            }
          }}
        >
          <h2 id="backup-again-title" tabIndex={-1}>{s.againTitle}</h2>
          <p id="backup-again-intro">{s.againIntro}</p>
          <PasswordField value={again} onInput={setAgain} autoComplete="new-password" describedBy="backup-again-intro" />
          <Message kind="problem">{problem}</Message>
          <button type="submit" class="btn btn-primary">
            <SaveCopyIcon size={32} />
            <span>{s.make}</span>
          </button>
          <IconButton icon="back" onClick={() => go('password')}>
            {t('nav.back')}
          </IconButton>
        </form>
      )}
      {step === 'making' && <p role="status">{s.making}</p>}
      {step === 'done' && made && (
        <section class="stack" aria-labelledby="backup-done-title">
          <h2 id="backup-done-title" tabIndex={-1}>{s.madeTitle}</h2>
          <Message kind="good">{s.madeFile(made.fileName)}</Message>
          <p>{s.keepSafe}</p>
          <a class="btn btn-secondary" href={made.url} download={made.fileName}>
            <SaveCopyIcon size={32} />
            <span>{s.downloadAgain}</span>
          </a>
          <NavButton to="/instellingen" icon={<Icon name="back" size={32} />} variant="quiet">
            {s.toSettings}
          </NavButton>
        </section>
      )}
    </Screen>
  );
}

/** Saves the file the way browsers do for a link with `download`. */
function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
