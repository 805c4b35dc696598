import type { ComponentChildren } from 'preact';

/** One option of a setting: its value, its word and an optional picture or sample. */
export interface SettingOption<T extends string> {
  value: T;
  word: string;
  picture?: ComponentChildren;
}

interface ChoiceSettingProps<T extends string> {
  name: string;
  title: string;
  hint?: string;
  options: SettingOption<T>[];
  current: T;
  onChoose: (value: T) => void;
}

/** A setting as a row of big radio choices, the same look as language and auto-lock. */
export function ChoiceSetting<T extends string>({ name, title, hint, options, current, onChoose }: ChoiceSettingProps<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="setting" aria-describedby={hintId}>
      <legend>
        <h2>{title}</h2>
      </legend>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <div class="choice-row">
        {options.map((option) => (
          <label key={option.value} class={`choice choice-wide ${current === option.value ? 'is-chosen' : ''}`}>
            <input type="radio" name={name} value={option.value} checked={current === option.value} onChange={() => onChoose(option.value)} />
            {option.picture}
            <span>{option.word}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
