import type { ComponentChildren } from 'preact';
import type { CrisisNumber } from '../../../core/db';
import type { SosCard } from '../../../core/sos';
import type { SosLessonMedia } from '../../../core/sosCard';
import { panelDensity } from './printFit';
import { backPictures, SosPicture } from './SosPicture';
import type { SosStrings } from './strings';

interface SheetProps {
  card: SosCard;
  /** Shown when the card has no name of its own. */
  fallbackName: string;
  lesson: SosLessonMedia;
  crisis: readonly CrisisNumber[];
  s: SosStrings;
}

/** Most pictures that fit side by side on the picture panel. */
const PRINT_PICTURES_MAX = 4;

/**
 * The card as it prints: one A4 sheet with six credit-card-sized panels in two columns, cut
 * out along the dashes and folded along the dots into a small booklet for a wallet. Hidden on
 * screen (sos.css shows it only in print).
 */
export function SosPrintSheet({ card, fallbackName, lesson, crisis, s }: SheetProps) {
  const name = card.name.trim() || fallbackName;
  const helpers = card.helpers.filter((h) => h.name.trim() || h.phone.trim()).map((h) => [h.name.trim(), h.phone.trim()].filter(Boolean).join(': '));
  const numbers = crisis.map((n) => `${n.label}: ${n.number}`);
  const reasons = filled(card.reasons);
  const alternatives = filled(card.alternatives);
  const pictures = backPictures(lesson, card.pictures).slice(0, PRINT_PICTURES_MAX);
  return (
    // aria-hidden: the screen shows the same card; read-aloud and screen readers skip this copy.
    <section class="sos-print" aria-hidden="true">
      <header class="sos-print-head">
        <h2>{s.printTitle(name)}</h2>
        <ol>
          {s.printSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </header>
      <div class="sos-fold-wrap">
        <span class="sos-mark sos-mark-cut">{s.cut}</span>
        <span class="sos-mark sos-mark-fold-v">{s.fold}</span>
        <span class="sos-mark sos-mark-fold-h sos-mark-fold-1">{s.fold}</span>
        <span class="sos-mark sos-mark-fold-h sos-mark-fold-2">{s.fold}</span>
        <div class="sos-fold">
          <Panel class="sos-panel-cover" blocks={['', '', card.strengthThought]}>
            <p class="sos-print-brand">SOS</p>
            <p class="sos-print-name">{name}</p>
            {card.strengthThought.trim() && <p class="sos-print-thought">{card.strengthThought.trim()}</p>}
          </Panel>
          <Panel blocks={[s.reasons, ...reasons]}>
            <Part title={s.reasons} lines={reasons} />
          </Panel>
          <Panel blocks={[s.helpers, ...helpers, ...(numbers.length ? [s.crisis, ...numbers] : [])]}>
            <Part title={s.helpers} lines={helpers} />
            {numbers.length > 0 && <Part title={s.crisis} lines={numbers} />}
          </Panel>
          <Panel class="sos-panel-pictures" blocks={[s.pictures]}>
            {pictures.length ? (
              <div class="sos-print-pictures">
                {pictures.map(({ id, drawing }, index) => (
                  <SosPicture key={id} id={id} alt={drawing ? s.drawing : s.photo(index + 1)} class="sos-print-picture" />
                ))}
              </div>
            ) : (
              <p class="sos-print-paste">{s.pasteHere}</p>
            )}
          </Panel>
          <Panel blocks={[s.safePlace, card.safePlace, s.alternatives, ...alternatives]}>
            <Part title={s.safePlace} lines={filled([card.safePlace])} />
            <Part title={s.alternatives} lines={alternatives} />
          </Panel>
          <Panel blocks={[s.song, card.song, s.helpText, card.helpText]}>
            <Part title={s.song} lines={filled([card.song])} />
            <Part title={s.helpText} lines={filled([card.helpText])} />
          </Panel>
        </div>
      </div>
    </section>
  );
}

function Panel({ blocks, class: className = '', children }: { blocks: readonly string[]; class?: string; children: ComponentChildren }) {
  return <div class={`sos-panel is-${panelDensity(blocks)} ${className}`}>{children}</div>;
}

/** A heading and its lines; an empty part gets a line to write on by hand. */
function Part({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <div class="sos-print-part">
      <h3>{title}</h3>
      {lines.length ? (
        <ul>
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : (
        <p class="sos-write" />
      )}
    </div>
  );
}

function filled(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter(Boolean);
}
