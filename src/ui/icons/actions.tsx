import { IconSvg, type IconProps } from './IconSvg.tsx';

/** A loudspeaker with sound waves: read the text aloud. */
export function SpeakerIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M6 18 H14 L25 9 V39 L14 30 H6 Z" fill="currentColor" />
      <path d="M31 18 A8 8 0 0 1 31 30 M36 12 A16 16 0 0 1 36 36" />
    </IconSvg>
  );
}

/** A square in a circle, the stop button of any player: stop reading aloud. */
export function StopIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <circle cx="24" cy="24" r="19" />
      <rect x="16" y="16" width="16" height="16" rx="2" fill="currentColor" />
    </IconSvg>
  );
}

/** A microphone on a stand: record your voice. */
export function MicrophoneIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <rect x="17" y="4" width="14" height="25" rx="7" fill="currentColor" />
      <path d="M10 22 A14 14 0 0 0 38 22 M24 36 V43 M16 43 H32" />
    </IconSvg>
  );
}

/** A pencil: write or change something. */
export function PencilIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M8 40 L10 30 L31 9 A4 4 0 0 1 37 9 L39 11 A4 4 0 0 1 39 17 L18 38 Z" />
      <path d="M27 13 L35 21 M10 30 L18 38" />
    </IconSvg>
  );
}

/** A waste bin: throw away. */
export function TrashIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M7 12 H41 M18 12 V7 H30 V12" />
      <path d="M11 12 L14 42 H34 L37 12" />
      <path d="M20 19 V35 M28 19 V35" />
    </IconSvg>
  );
}

/** An open eye: show, look. */
export function EyeIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M3 24 C12 10 36 10 45 24 C36 38 12 38 3 24 Z" />
      <circle cx="24" cy="24" r="7" fill="currentColor" />
    </IconSvg>
  );
}

/** A gear wheel: settings. */
export function SettingsIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M37.4 18.6 L43.7 20.6 L43.7 27.4 L37.4 29.4 L37.3 29.7 L40.3 35.5 L35.5 40.3 L29.7 37.3 L29.4 37.4 L27.4 43.7 L20.6 43.7 L18.6 37.4 L18.3 37.3 L12.5 40.3 L7.7 35.5 L10.7 29.7 L10.6 29.4 L4.3 27.4 L4.3 20.6 L10.6 18.6 L10.7 18.3 L7.7 12.5 L12.5 7.7 L18.3 10.7 L18.6 10.6 L20.6 4.3 L27.4 4.3 L29.4 10.6 L29.7 10.7 L35.5 7.7 L40.3 12.5 L37.3 18.3 Z" />
      <circle cx="24" cy="24" r="6" />
    </IconSvg>
  );
}

/** A photo camera: take or choose a photo. */
export function CameraIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M5 16 H14 L18 10 H30 L34 16 H43 V39 H5 Z" />
      <circle cx="24" cy="26" r="7" />
    </IconSvg>
  );
}
