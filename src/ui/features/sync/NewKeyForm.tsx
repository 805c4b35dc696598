import { useId, useState } from 'preact/hooks';
import { SyncError } from '../../../core/sync/transport';
import { normalizeCode, takeNewKeyByCode } from '../../../core/sync/workbookSync';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { errorText, useStrings } from './useStrings';

/** After another device made a new key: type the code it shows, and sync goes on. */
export function NewKeyForm() {
  const s = useStrings();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        const code = normalizeCode(text);
        if (!code) return setProblem(s.codeWrong);
        setBusy(true);
        setProblem('');
        try {
          await takeNewKeyByCode(code);
        } catch (error) {
          setProblem(errorText(s.errors, error instanceof SyncError ? error.code : 'other'));
        }
        setBusy(false);
      }}
    >
      <h3>{s.newCodeTitle}</h3>
      <label for={id}>{s.newCodeIntro}</label>
      <input id={id} type="text" autoComplete="off" autoCapitalize="characters" spellcheck={false} maxLength={40} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <Message kind="problem">{problem}</Message>
      <IconButton icon="key" variant="primary" type="submit" disabled={busy}>
        {s.useCode}
      </IconButton>
    </form>
  );
}
