import { recordsChanged } from '../../../core/records';
import { keepVersion, versionsOf, type OtherVersion } from '../../../core/sync/workbookSync';
import type { Json } from '../../../core/sync/merge';
import { IconButton } from '../../components/IconButton';
import { useLoad } from '../../useSignal';
import { useStrings, when } from './useStrings';
import './sync.css';

interface OtherVersionsProps {
  recordId: string;
  field: string;
  /** The words of a value, as the participant would read them. */
  describe: (value: Json) => string;
  /** After a choice, with the value kept. */
  onChosen: (value: Json) => void;
}

/**
 * Two devices changed the same answer without seeing each other: both versions side by side
 * ("Jouw versie" / "Andere versie", with device and time). The participant keeps one.
 */
export function OtherVersions({ recordId, field, describe, onChosen }: OtherVersionsProps) {
  const s = useStrings();
  const versions = useLoad(() => versionsOf(recordId, field).catch(() => [] as OtherVersion[]), [recordsChanged], [recordId, field]);
  if (!versions || versions.length < 2) return null;
  const headingId = `other-${recordId}-${field}`.replace(/[^\w-]/g, '-');
  const ordered = [...versions.filter((v) => v.mine), ...versions.filter((v) => !v.mine)];
  return (
    <section class="other-versions" aria-labelledby={headingId}>
      <h3 id={headingId}>{s.otherTitle}</h3>
      <p>{s.otherIntro}</p>
      <div class="versions">
        {ordered.map((v) => (
          <div class="version" key={v.id}>
            <h4>{v.mine ? s.mine : s.other}</h4>
            <p class="hint">{s.byWhen(v.device, when(v.at))}</p>
            <p class="version-text">{describe(v.value) || s.empty}</p>
            <IconButton
              icon="check"
              onClick={async () => {
                await keepVersion(recordId, field, v.id);
                onChosen(v.value);
              }}
            >
              {s.keep}
            </IconButton>
          </div>
        ))}
      </div>
    </section>
  );
}
