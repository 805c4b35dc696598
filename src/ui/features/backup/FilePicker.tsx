import { RestoreIcon } from './BackupIcons';

interface FilePickerProps {
  word: string;
  disabled: boolean;
  describedBy?: string;
  onFile: (file: File) => void;
}

/**
 * A big button that is really a file input. No `accept` filter: phones do not know the .mwb
 * extension and would grey the file out; the app checks the file itself.
 */
export function FilePicker({ word, disabled, describedBy, onFile }: FilePickerProps) {
  return (
    <label class={`btn btn-primary file-pick ${disabled ? 'is-busy' : ''}`}>
      <input
        type="file"
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = ''; // picking the same file again still counts as a change
          if (file) onFile(file);
        }}
      />
      <RestoreIcon size={32} />
      <span>{word}</span>
    </label>
  );
}
