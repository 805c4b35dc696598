import { Pictogram } from '../../pictograms';
import { useStrings } from './useStrings';
import './checkin.css';

/** "Even rustig ademen": a picture and the word, on every check-in screen. */
export function BreatheButton({ onClick }: { onClick: () => void }) {
  const s = useStrings();
  return (
    <button type="button" id="breathe-button" class="btn btn-secondary breathe-button" onClick={onClick}>
      <Pictogram id="breathe" size={40} />
      <span>{s.breathe}</span>
    </button>
  );
}
