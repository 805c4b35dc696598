import { useState } from 'preact/hooks';
import { newPairing } from '../../../core/sync/workbookSync';
import { SyncError } from '../../../core/sync/transport';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { QrCode } from './QrCode';
import { errorText, useStrings } from './useStrings';

/** Makes a pairing code and shows it as a QR code and as text. */
export function PairingOffer() {
  const s = useStrings();
  const [offer, setOffer] = useState<{ shown: string; link: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const make = async () => {
    setBusy(true);
    setProblem('');
    try {
      setOffer(await newPairing());
    } catch (error) {
      setProblem(errorText(s.errors, error instanceof SyncError ? error.code : 'other'));
    }
    setBusy(false);
  };
  return (
    <section class="setting" aria-labelledby="sync-pair-title">
      <h2 id="sync-pair-title">{s.pairTitle}</h2>
      <p>{s.pairIntro}</p>
      {offer && (
        <div class="pair-offer">
          <QrCode text={offer.link} label={s.qrLabel} />
          <p>{s.codeLabel}</p>
          <p class="pair-code" data-testid="pair-code">
            {offer.shown}
          </p>
          <p class="hint">{s.codeValid}</p>
        </div>
      )}
      <Message kind="problem">{problem}</Message>
      <IconButton icon="key" variant={offer ? 'secondary' : 'primary'} onClick={() => void make()} disabled={busy}>
        {busy ? s.turningOn : s.showCode}
      </IconButton>
    </section>
  );
}
