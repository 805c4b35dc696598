import { PICTOGRAM_STROKE } from './PictogramFrame.tsx';
import { INK } from './palette.ts';

// Small building blocks that several pictograms share, so people, hearts and drops look alike.

/** Rounds to one decimal, to keep the generated path data short. */
const round = (n: number) => Math.round(n * 10) / 10;

interface BustProps {
  /** Centre and radius of the head. */
  cx: number;
  cy: number;
  r: number;
  skin: string;
  shirt: string;
  hair?: string;
  /** Long hair falls behind the head down to the shoulders. */
  long?: boolean;
  /** Where the body is cut off; 45 lets it stand on the bottom edge. */
  bottom?: number;
}

/** A person from the shoulders up, with a simple friendly face. */
export function Bust({ cx, cy, r, skin, shirt, hair, long = false, bottom = 45 }: BustProps) {
  const w = r * 1.75;
  const top = cy + r + 1.2;
  const k = Math.min(w * 0.7, bottom - top);
  const body = `M${round(cx - w)} ${bottom} V${round(top + k)} Q${round(cx - w)} ${round(top)} ${round(cx - w + k)} ${round(top)} H${round(cx + w - k)} Q${round(cx + w)} ${round(top)} ${round(cx + w)} ${round(top + k)} V${bottom} Z`;
  const cap = `M${round(cx - r)} ${cy} A${r} ${r} 0 0 1 ${round(cx + r)} ${cy} C${round(cx + r * 0.6)} ${round(cy - r * 0.55)} ${round(cx - r * 0.6)} ${round(cy - r * 0.55)} ${round(cx - r)} ${cy} Z`;
  const eye = round(r * 0.14);
  return (
    <>
      <path d={body} fill={shirt} />
      {hair && long && <rect x={round(cx - r - 1.5)} y={cy} width={round(2 * r + 3)} height={round(r * 1.3)} rx={round(r * 0.5)} fill={hair} />}
      <circle cx={cx} cy={cy} r={r} fill={skin} />
      {hair && <path d={cap} fill={hair} />}
      {r >= 5 && (
        <>
          <circle cx={round(cx - r * 0.36)} cy={round(cy + r * 0.12)} r={eye} fill={INK} stroke="none" />
          <circle cx={round(cx + r * 0.36)} cy={round(cy + r * 0.12)} r={eye} fill={INK} stroke="none" />
          <path
            d={`M${round(cx - r * 0.35)} ${round(cy + r * 0.45)} Q${cx} ${round(cy + r * 0.75)} ${round(cx + r * 0.35)} ${round(cy + r * 0.45)}`}
            stroke-width="1.5"
          />
        </>
      )}
    </>
  );
}

/** An arm, leg or thick band: a coloured line of `width` with the same outline as any shape. */
export function Limb({ d, color, width = 4 }: { d: string; color: string; width?: number }) {
  return (
    <>
      <path d={d} stroke-width={width + 2 * PICTOGRAM_STROKE} />
      <path d={d} stroke={color} stroke-width={width} />
    </>
  );
}

/** A heart whose bottom point is at (cx, bottom), `size` wide. */
export function Heart({ cx, bottom, size, fill }: { cx: number; bottom: number; size: number; fill: string }) {
  const s = size / 40;
  const x = (n: number) => round(cx + n * s);
  const y = (n: number) => round(bottom - (36 - n) * s);
  const d =
    `M${x(0)} ${y(36)} C${x(-12)} ${y(28)} ${x(-20)} ${y(20)} ${x(-20)} ${y(11)} C${x(-20)} ${y(4)} ${x(-15)} ${y(0)} ${x(-10)} ${y(0)} ` +
    `C${x(-5)} ${y(0)} ${x(-2)} ${y(3)} ${x(0)} ${y(6)} C${x(2)} ${y(3)} ${x(5)} ${y(0)} ${x(10)} ${y(0)} ` +
    `C${x(15)} ${y(0)} ${x(20)} ${y(4)} ${x(20)} ${y(11)} C${x(20)} ${y(20)} ${x(12)} ${y(28)} ${x(0)} ${y(36)} Z`;
  return <path d={d} fill={fill} />;
}

/** A falling drop (water, a tear, sweat) centred on (cx, cy), `r` wide at its round bottom. */
export function Drop({ cx, cy, r, fill }: { cx: number; cy: number; r: number; fill: string }) {
  const d = `M${cx} ${round(cy - r * 2)} C${round(cx + r * 0.5)} ${round(cy - r)} ${round(cx + r)} ${round(cy - r * 0.4)} ${round(cx + r)} ${cy} A${r} ${r} 0 0 1 ${round(cx - r)} ${cy} C${round(cx - r)} ${round(cy - r * 0.4)} ${round(cx - r * 0.5)} ${round(cy - r)} ${cx} ${round(cy - r * 2)} Z`;
  return <path d={d} fill={fill} stroke-width="1.5" />;
}
