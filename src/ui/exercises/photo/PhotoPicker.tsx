import { Icon } from '../../icons/Icon.tsx';
import { GalleryIcon } from './GalleryIcon';

interface PickerProps {
  word: string;
  /** Open the camera (on phones and tablets) instead of the gallery. */
  camera?: boolean;
  disabled: boolean;
  onFiles: (files: File[]) => void;
}

/** A big button that is really a file input, so it opens the camera or the gallery. */
export function PhotoPicker({ word, camera, disabled, onFiles }: PickerProps) {
  return (
    <label class={`btn ${camera ? 'btn-primary' : 'btn-secondary'} photo-pick ${disabled ? 'is-busy' : ''}`}>
      <input
        type="file"
        accept="image/*"
        capture={camera ? 'environment' : undefined}
        multiple={!camera}
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const files = Array.from(input.files ?? []);
          input.value = ''; // picking the same photo again still counts as a change
          if (files.length) onFiles(files);
        }}
      />
      {camera ? <Icon name="camera" size={32} /> : <GalleryIcon size={32} />}
      <span>{word}</span>
    </label>
  );
}
