import { useState } from 'preact/hooks';
import type { Language } from '../../../i18n';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { STRINGS } from './strings';
import { FieldVoiceNote } from '../../exercises/voice/FieldVoiceNote';

/** Writing an own kracht gedachte; the field stays focused so another can follow. */
export function AddThoughtForm({ language, onAdd }: { language: Language; onAdd: (text: string) => Promise<boolean> }) {
  const s = STRINGS[language];
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ kind: 'problem' | 'good'; text: string } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setMessage({ kind: 'problem', text: s.writeFirst });
    if (await onAdd(text)) {
      setText('');
      setMessage({ kind: 'good', text: s.added });
    } else {
      setMessage({ kind: 'problem', text: s.saveFailed });
    }
  };
  return (
    <form class="stack add-thought" aria-labelledby="add-thought-title" onSubmit={submit}>
      <h2 id="add-thought-title">{s.addTitle}</h2>
      <label for="add-thought">{s.addLabel}</label>
      <p id="add-thought-hint" class="hint">
        {s.addHint}
      </p>
      <textarea id="add-thought" rows={2} maxLength={500} value={text} aria-describedby="add-thought-hint" onInput={(e) => setText(e.currentTarget.value)} />
      <IconButton icon="plus" type="submit" variant="primary">
        {s.add}
      </IconButton>
      <FieldVoiceNote field="strength/own" />
      <Message kind="problem">{message?.kind === 'problem' ? message.text : ''}</Message>
      <Message kind="good">{message?.kind === 'good' ? message.text : ''}</Message>
    </form>
  );
}
