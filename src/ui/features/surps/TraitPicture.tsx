import { IconSvg, type IconProps } from '../../icons/IconSvg.tsx';
import type { SurpsTrait } from '../../../core/surps';

/** A cloud with rain: feeling low (hopeloosheid). */
function RainCloud(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M13 28 A8 8 0 0 1 14 12 A11 11 0 0 1 35 14 A7 7 0 0 1 36 28 Z" />
      <path d="M16 34 L14 40 M24 34 L22 42 M32 34 L30 40" />
    </IconSvg>
  );
}

/** A heart with a heartbeat line: being startled by what the body feels (angstgevoeligheid). */
function RacingHeart(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M24 42 C12 33 5 26 5 17 A9 9 0 0 1 24 12 A9 9 0 0 1 43 17 C43 26 36 33 24 42 Z" />
      <path d="M9 24 H17 L20 18 L25 30 L28 24 H39" stroke-width="3" />
    </IconSvg>
  );
}

/** A lightning bolt: doing before thinking (impulsiviteit). */
function Lightning(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M28 4 L11 27 H23 L19 44 L37 19 H25 Z" />
    </IconSvg>
  );
}

/** A rocket: looking for thrills (sensation seeking). */
function Rocket(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M24 4 C32 10 34 20 31 33 H17 C14 20 16 10 24 4 Z" />
      <circle cx="24" cy="17" r="4" />
      <path d="M17 26 L10 34 L17 33 M31 26 L38 34 L31 33" />
      <path d="M20 38 L19 44 M24 38 V45 M28 38 L29 44" stroke-width="3" />
    </IconSvg>
  );
}

const PICTURES = { hopelessness: RainCloud, anxietySensitivity: RacingHeart, impulsivity: Lightning, sensationSeeking: Rocket } as const;

/** The pictogram of one SURPS trait (always shown beside its name). */
export function TraitPicture({ trait, ...props }: IconProps & { trait: SurpsTrait }) {
  const Picture = PICTURES[trait];
  return <Picture {...props} />;
}
