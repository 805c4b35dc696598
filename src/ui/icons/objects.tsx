import { IconSvg, type IconProps } from './IconSvg.tsx';

/** A small stack of cards: my cards. */
export function CardsIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M18 11 V7 A3 3 0 0 1 21 4 H39 A3 3 0 0 1 42 7 V27 A3 3 0 0 1 39 30 H35" />
      <path d="M11 18 V14 A3 3 0 0 1 14 11 H32 A3 3 0 0 1 35 14 V34 A3 3 0 0 1 32 37 H28" />
      <rect x="4" y="18" width="24" height="26" rx="3" fill="currentColor" />
    </IconSvg>
  );
}

/** A rosette with two ribbons: the certificate, something earned. */
export function CertificateIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M17 29 L12 44 L18 41 L21 45 L23 32" />
      <path d="M31 29 L36 44 L30 41 L27 45 L25 32" />
      <circle cx="24" cy="18" r="14" />
      <circle cx="24" cy="18" r="6" fill="currentColor" />
    </IconSvg>
  );
}

/** A box with a lid: put away in the archive. */
export function ArchiveIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <rect x="5" y="7" width="38" height="11" rx="2" />
      <path d="M9 18 V39 A3 3 0 0 0 12 42 H36 A3 3 0 0 0 39 39 V18" />
      <path d="M19 27 H29" />
    </IconSvg>
  );
}

/** A wrapped present with a bow: a reward. */
export function GiftIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M24 17 C20 7 11 8 13 14 C14 17 20 17 24 17 C28 7 37 8 35 14 C34 17 28 17 24 17 Z" />
      <rect x="6" y="17" width="36" height="9" rx="2" />
      <path d="M9 26 V42 H39 V26 M24 17 V42" />
    </IconSvg>
  );
}

/** A clipboard with two ticked tasks: homework, things to do. */
export function HomeworkIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M16 8 H11 A3 3 0 0 0 8 11 V41 A3 3 0 0 0 11 44 H37 A3 3 0 0 0 40 41 V11 A3 3 0 0 0 37 8 H32" />
      <rect x="16" y="4" width="16" height="8" rx="2" fill="currentColor" />
      <path d="M14 22 L17 25 L22 19 M26 22 H34 M14 34 L17 37 L22 31 M26 34 H34" stroke-width="3" />
    </IconSvg>
  );
}

/** An open book: open lessons. */
export function OpenBookIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M24 13 C18 8 10 8 4 10 V39 C10 37 18 37 24 41 C30 37 38 37 44 39 V10 C38 8 30 8 24 13 Z M24 13 V41" />
      <path d="M10 18 C13 17 16 17 18 18 M10 25 C13 24 16 24 18 25 M30 18 C32 17 35 17 38 18 M30 25 C32 24 35 24 38 25" stroke-width="3" />
    </IconSvg>
  );
}
