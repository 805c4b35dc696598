import { IconSvg, type IconProps } from './IconSvg.tsx';

/** A life ring: help, my SOS card. */
export function SosIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <SosRingDrawing />
    </IconSvg>
  );
}

/**
 * The life ring's shapes on the 48 × 48 grid, without a frame: Mijn reis draws the SOS-kaart
 * on its mountain with them, so the card looks the same there as on its tile and the SOS button.
 */
export function SosRingDrawing() {
  return (
    <>
      <circle cx="24" cy="24" r="20" />
      <circle cx="24" cy="24" r="9" />
      {/* Four bands, each an eighth of the ring, centred on the diagonals. */}
      <circle
        cx="24"
        cy="24"
        r="14.5"
        stroke-width="11"
        stroke-linecap="butt"
        stroke-dasharray="11.39 11.39"
        stroke-dashoffset="-5.69"
      />
    </>
  );
}

/** A closed padlock: locked, private. */
export function LockIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M15 21 V15 A9 9 0 0 1 33 15 V21" />
      <rect x="9" y="21" width="30" height="22" rx="4" />
      <circle cx="24" cy="30" r="3" fill="currentColor" stroke="none" />
      <path d="M24 31 V36" />
    </IconSvg>
  );
}

/** An open padlock: unlock, open my profile. */
export function UnlockIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M15 21 V11 A9 9 0 0 1 33 11 V14" />
      <rect x="9" y="21" width="30" height="22" rx="4" />
      <circle cx="24" cy="30" r="3" fill="currentColor" stroke="none" />
      <path d="M24 31 V36" />
    </IconSvg>
  );
}

/** A key: code, password. */
export function KeyIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <circle cx="14" cy="24" r="9" />
      <path d="M23 24 H43 M36 24 V32 M42 24 V31" />
    </IconSvg>
  );
}

/** A shield: keep something safe (ask the device to keep the workbook). */
export function ShieldIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M24 4 L40 10 V23 C40 33 33 40 24 44 C15 40 8 33 8 23 V10 Z" />
      <path d="M24 4 V44 C15 40 8 33 8 23 V10 Z" fill="currentColor" stroke="none" />
    </IconSvg>
  );
}
