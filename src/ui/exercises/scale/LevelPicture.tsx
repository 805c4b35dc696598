/** Height of the drawn picture in SVG units; the fill grows inside it. */
const HEIGHT = 64;

/**
 * A picture of how much a number is, so the scale reads without digits: a bar that grows
 * (belang 0-5) or a thermometer that fills up (emotie-thermometer 0-10). Drawn with SVG
 * attributes, never inline styles, because of the CSP.
 */
export function LevelPicture({ level, max, look }: { level: number; max: number; look: 'bar' | 'thermometer' }) {
  if (look === 'bar') {
    const height = 4 + ((HEIGHT - 4) * level) / max;
    return (
      <svg class="level-picture" width="24" height={HEIGHT} viewBox={`0 0 24 ${HEIGHT}`} aria-hidden="true" focusable="false">
        <rect class="level-fill" x="2" y={HEIGHT - height} width="20" height={height} rx="3" />
      </svg>
    );
  }
  // The tube runs from y=4 to y=46; the bulb below is always full, like a real thermometer.
  const tube = 42;
  const filled = (tube * level) / max;
  return (
    <svg class="level-picture" width="24" height={HEIGHT} viewBox={`0 0 24 ${HEIGHT}`} aria-hidden="true" focusable="false">
      <rect class="thermo-glass" x="7" y="3" width="10" height="46" rx="5" />
      <rect class="thermo-fill" x="9" y={48 - filled} width="6" height={filled + 4} />
      <circle class="thermo-bulb" cx="12" cy="54" r="8" />
    </svg>
  );
}
