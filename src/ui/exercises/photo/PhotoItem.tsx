import type { Language } from '../../../i18n';
import { ConfirmButton } from '../ConfirmButton';
import { useMediaUrl } from '../media/useMediaUrl';
import { STRINGS } from '../strings.photo';

/** One stored photo, decrypted into an image, with a "Weg" button that asks first. */
export function PhotoItem({ id, number, language, onRemove }: { id: string; number: number; language: Language; onRemove: () => void }) {
  const s = STRINGS[language];
  const shown = useMediaUrl(id);
  return (
    <li class="photo-item">
      {shown.state === 'ready' && <img class="photo-image" src={shown.url} alt={s.photo(number)} />}
      {shown.state === 'missing' && <p class="photo-missing">{s.missing}</p>}
      <ConfirmButton icon="trash" question={s.removeQuestion} yes={s.removeYes} no={s.removeNo} onConfirm={onRemove}>
        {s.remove}
        <span class="sr-only"> {s.photo(number)}</span>
      </ConfirmButton>
    </li>
  );
}
