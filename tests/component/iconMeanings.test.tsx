import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Icon } from '../../src/ui/icons/index.ts';
import { SosRing } from '../../src/ui/features/journey/MountainShapes.tsx';

afterEach(cleanup);

/**
 * Issue #7: one picture, one meaning. Each row is a meaning and every place in the app that shows
 * it; each place is a file under src/ui and a pattern that finds the picture drawn beside that
 * word or button (the one capture group). A picture is written as "icon:<UI_ICONS name>",
 * "pictogram:<content pictogram id>" or "shape:<component>" for a drawing of Mijn reis.
 */
const MEANINGS: { meaning: string; picture: string; places: [file: string, pattern: RegExp][] }[] = [
  {
    meaning: 'SOS: help now, my SOS-kaart',
    picture: 'icon:sos',
    places: [
      ['shell/TopBar.tsx', /<IconButton icon="(\w+)"[^>]*class="sos-button"/],
      ['features/cards/CardsHub.tsx', /word: t\('cards\.sos'\), picture: \{ (\w+: '\w+') \}/],
      ['features/journey/Mountain.tsx', /<LegendItem picture=\{<(\w+) \/>\} word=\{s\.sosCard\} \/>/],
      ['features/strength/ThoughtItem.tsx', /<IconButton icon="(\w+)" onClick=\{onToCard\}>/],
    ],
  },
  {
    meaning: 'Mijn kaarten: all my cards',
    picture: 'icon:cards',
    places: [['features/home/Home.tsx', /word: t\('home\.cards'\), icon: '([\w:]+)'/]],
  },
  {
    meaning: 'Mijn reis: the way to my goal',
    picture: 'pictogram:goal',
    places: [['features/home/Home.tsx', /word: t\('home\.journey'\), icon: '([\w:]+)'/]],
  },
  {
    meaning: 'Certificaat',
    picture: 'icon:certificate',
    places: [['features/cards/CardsHub.tsx', /word: t\('cards\.certificate'\), picture: \{ (\w+: '\w+') \}/]],
  },
  {
    meaning: 'Waarom ik niet gebruik: what matters to me',
    picture: 'pictogram:heart',
    places: [['features/sos/SosFront.tsx', /<SosSection title=\{s\.reasons\} picture="(\w+)">/]],
  },
  {
    meaning: 'Locked, closed: lock the workbook, end the staff session, a closed lesson',
    picture: 'icon:lock',
    places: [
      ['shell/TopBar.tsx', /<IconButton icon="(\w+)" variant="quiet" onClick=\{onLock\}>/],
      ['features/staff/StaffScreen.tsx', /<IconButton icon="(\w+)" variant="primary" onClick=\{closeStaffArea\}>/],
      ['features/workbook/SessionTile.tsx', /state === 'open' \? 'next' : '(\w+)'/],
    ],
  },
  {
    meaning: 'Archiveren',
    picture: 'icon:archive',
    places: [
      ['features/staff/participantLinks.ts', /icon: '(\w+)', label: \(l\) => STRINGS\[l\]\.archive,/],
      ['features/staff/ArchivePage.tsx', /<IconButton icon="(\w+)" variant="primary" onClick=\{\(\) => void setArchived\(id, true\)/],
    ],
  },
  {
    meaning: 'Ik ben iemand anders: switch person',
    picture: 'icon:otherPerson',
    places: [['features/profiles/Unlock.tsx', /<IconButton icon="(\w+)" variant="quiet" onClick=\{\(\) => navigate\('\/'\)\}>\s*\{t\('unlock\.otherPerson'\)\}/]],
  },
  {
    meaning: 'The people around me, the group',
    picture: 'icon:group',
    places: [
      ['features/relapse/RelapseCardPage.tsx', /<Icon name="(\w+)" size=\{48\} class="phase-icon" \/>\s*<h2 id="relapse-tell">/],
      ['features/staff/StaffHome.tsx', /icon="(\w+)" onClick=\{\(\) => navigate\(`\/staf\/lessen\//],
    ],
  },
  {
    meaning: 'Yes, done, confirm',
    picture: 'icon:check',
    places: [
      ['features/session/SessionPage.tsx', /<IconButton icon="(\w+)" variant="primary" onClick=\{finish\}>/],
      ['features/staffCare/RewardsPage.tsx', /<IconButton icon="(\w+)" onClick=\{\(\) => void confirm\(\)\}>/],
    ],
  },
  {
    meaning: 'Beloningen: rewards',
    picture: 'icon:gift',
    places: [['features/staff/participantLinks.ts', /icon: '(\w+)', label: \(language\) => CARE_LINK_WORDS\[language\]\.rewards/]],
  },
  {
    meaning: 'Mijn dagen: my days',
    picture: 'icon:list',
    places: [
      ['features/checkin/CheckIn.tsx', /<IconButton icon="(\w+)" variant="primary" onClick=\{\(\) => navigate\('\/mijn-dagen'\)\}>/],
      ['features/journey/JourneyPage.tsx', /<NavButton icon="(\w+)" path="\/mijn-dagen">/],
    ],
  },
  {
    meaning: 'Huiswerk: homework',
    picture: 'icon:homework',
    places: [['features/staff/participantLinks.ts', /icon: '(\w+)', label: \(language\) => CARE_LINK_WORDS\[language\]\.homework/]],
  },
  {
    meaning: 'Lessen openzetten: open lessons for one participant',
    picture: 'icon:openBook',
    places: [['features/staff/participantLinks.ts', /icon: '(\w+)', label: \(l\) => STRINGS\[l\]\.releaseOne,/]],
  },
];

/** Drawings of Mijn reis that stand for a line icon; checked below to draw the same shapes. */
const SAME_AS: Record<string, string> = { 'shape:SosRing': 'icon:sos' };

const SRC_UI = fileURLToPath(new URL('../../src/ui/', `file://${__filename}`));

/** The picture at one place, as "kind:name". */
function pictureAt(file: string, pattern: RegExp): string {
  const source = readFileSync(SRC_UI + file, 'utf8');
  const found = [...source.matchAll(new RegExp(pattern.source, 'g'))];
  if (found.length !== 1) throw new Error(`${file}: expected the place ${pattern} once, found it ${found.length} times`);
  const value = found[0]![1]!;
  let picture: string;
  if (/^[A-Z]/.test(value)) picture = `shape:${value}`;
  else if (value.includes(': ')) picture = value.replace(/^(\w+): '(\w+)'$/, '$1:$2');
  else if (value.includes(':')) picture = value;
  else if (file.endsWith('SosFront.tsx')) picture = `pictogram:${value}`;
  else picture = `icon:${value}`;
  return SAME_AS[picture] ?? picture;
}

describe('one picture, one meaning', () => {
  it.each(MEANINGS.flatMap(({ meaning, picture, places }) => places.map(([file, pattern]) => [meaning, file, pattern, picture] as const)))(
    '%s: %s shows the agreed picture',
    (_, file, pattern, picture) => {
      expect(pictureAt(file, pattern)).toBe(picture);
    },
  );

  it('never uses one picture for two meanings', () => {
    const meaningOf = new Map<string, string>();
    for (const { meaning, places } of MEANINGS) {
      for (const [file, pattern] of places) {
        const picture = pictureAt(file, pattern);
        const other = meaningOf.get(picture);
        if (other !== undefined && other !== meaning) throw new Error(`${picture} means both "${other}" and "${meaning}" (${file})`);
        meaningOf.set(picture, meaning);
      }
    }
    expect(meaningOf.size).toBe(MEANINGS.length);
  });

  it('draws the SOS-kaart on Mijn reis with the same shapes as the SOS button', () => {
    const button = render(<Icon name="sos" />).container.querySelector('svg')!.innerHTML;
    cleanup();
    const { container } = render(
      <svg>
        <SosRing />
      </svg>,
    );
    const ring = container.querySelector('.sos-ring > g[transform]');
    expect(ring?.innerHTML).toBe(button);
  });
});
