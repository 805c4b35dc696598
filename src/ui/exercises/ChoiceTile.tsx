import type { ChoiceOption } from '../../content/types';
import type { Language } from '../../i18n';
import { Pictogram } from '../pictograms';

interface Props {
  option: ChoiceOption;
  type: 'checkbox' | 'radio';
  name: string;
  checked: boolean;
  language: Language;
  onChange: (checked: boolean) => void;
}

/** One option as a big tile: a real radio or checkbox, its pictogram and its word; chosen shows a thick frame and a tick. */
export function ChoiceTile({ option, type, name, checked, language, onChange }: Props) {
  return (
    <label class={`choice choice-tile ${checked ? 'is-chosen' : ''}`}>
      <input type={type} name={name} value={option.id} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <Pictogram id={option.pictogram} size={64} />
      <span>{option.label[language]}</span>
    </label>
  );
}
