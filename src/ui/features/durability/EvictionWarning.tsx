import { useEffect, useState } from 'preact/hooks';
import { markEvictionWarned, needsEvictionWarning } from '../../../core/eviction';
import { IconButton } from '../../components/IconButton';
import { useStrings } from './strings';

/**
 * Once, when storage is not persistent and the workbook is nowhere else (no sync, no recent
 * backup): says plainly that the browser may clear it and what to do. Inside <main>, so
 * Voorlezen reads it aloud with the rest of the screen.
 */
export function EvictionWarning() {
  const s = useStrings();
  const [show, setShow] = useState(false);
  useEffect(() => {
    let live = true;
    void needsEvictionWarning().then((needed) => live && setShow(needed));
    return () => {
      live = false;
    };
  }, []);
  if (!show) return null;
  return (
    <section class="eviction-warning message message-info" aria-labelledby="eviction-title">
      <h2 id="eviction-title">{s.title}</h2>
      <p>{s.risk}</p>
      <p>{s.why}</p>
      <ul>
        <li>{s.install}</li>
        <li>{s.backup}</li>
      </ul>
      <p>{s.help}</p>
      <IconButton
        icon="check"
        variant="primary"
        onClick={() => {
          setShow(false);
          void markEvictionWarned();
        }}
      >
        {s.ok}
      </IconButton>
    </section>
  );
}
