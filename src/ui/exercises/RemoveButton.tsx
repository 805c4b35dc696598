import type { Language } from '../../i18n';
import { ConfirmButton } from './ConfirmButton';
import { STRINGS } from './strings.remove';

/** "Weghalen" for one item, asking first; the item's name is in the button's accessible name. */
export function RemoveButton({ name, language, onRemove }: { name: string; language: Language; onRemove: () => void }) {
  const s = STRINGS[language];
  return (
    <ConfirmButton icon="trash" question={s.ask(name)} yes={s.yes} no={s.keep} onConfirm={onRemove}>
      {s.remove}
      {name && <span class="sr-only">: {name}</span>}
    </ConfirmButton>
  );
}
