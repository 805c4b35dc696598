import { useMemo } from 'preact/hooks';
import { sessionSummary } from '../../../content/load';
import type { MotivationScore } from '../../../core/motivation';
import { SCALE_WORDS } from '../../../exercises/scale';
import { i18next, toLanguage } from '../../../i18n';
import { useT } from '../../useT';
import type { Domain } from './chartGeometry';
import { ChartTable } from './ChartTable';
import { LineChart, type ChartSeries, type XLabel, type YTick } from './LineChart';
import { LegendPicture } from './MountainShapes';
import { motivationSeries } from './series';
import { STRINGS } from './strings';

/** Belang and vertrouwen per session that asks them: two lines told apart by marker shape and dashes. */
export function MotivationChart({ program, max, scores }: { program: string; max: number; scores: readonly MotivationScore[] }) {
  useT();
  const language = toLanguage(i18next.language);
  const s = STRINGS[language];
  const { sessions, series, domain } = useMemo(() => {
    const { sessions, series } = motivationSeries(scores);
    const lines: ChartSeries[] = [
      { points: series.belang, shape: 'circle', tone: 'first' },
      { points: series.vertrouwen, shape: 'square', tone: 'second' },
    ];
    return { sessions, series: lines, domain: { xMin: -0.5, xMax: sessions.length - 0.5, yMin: 0, yMax: max } satisfies Domain };
  }, [scores, max]);

  const name = (session: string) => (sessionSummary(program, session)?.kind === 'individual' ? s.talk(session) : s.lesson(session));
  const names = sessions.map((session) => name(session).toLowerCase());
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${s.and} ${names[names.length - 1]}` : (names[0] ?? '');
  const answered = scores.some((score) => score.value !== null);
  const words = (score: MotivationScore | undefined) =>
    score === undefined ? s.notAsked : score.value === null ? s.notYet : score.value === 'unknown' ? SCALE_WORDS[language].unknown : `${score.value} ${SCALE_WORDS[language].of} ${max}`;
  const find = (session: string, measure: MotivationScore['measure']) => scores.find((score) => score.session === session && score.measure === measure);
  const yTicks: YTick[] = Array.from({ length: max + 1 }, (_, value) => value)
    .filter((value) => max <= 5 || value % 5 === 0)
    .map((value) => ({ value, label: value === 0 ? s.scaleLow : value === max ? s.scaleHigh(max) : String(value) }));
  const xLabels: XLabel[] = sessions.map((session, i) => ({ x: i, label: name(session), anchor: 'middle' }));

  return (
    <section class="chart-block" aria-labelledby="journey-motivation">
      <h2 id="journey-motivation">{s.motivationTitle}</h2>
      <p>{s.motivationIntro}</p>
      {!answered && <p class="message message-info">{s.askedIn(listed)}</p>}
      <ul class="chart-legend">
        <li>
          <LegendPicture>
            <g class="chart-series tone-first">
              <path class="chart-line" d="M-16 0 H16" />
              <circle class="chart-markers" r="6" />
            </g>
          </LegendPicture>
          <span>{s.belang}</span>
        </li>
        <li>
          <LegendPicture>
            <g class="chart-series tone-second">
              <path class="chart-line" d="M-16 0 H16" />
              <rect class="chart-markers" x="-6" y="-6" width="12" height="12" />
            </g>
          </LegendPicture>
          <span>{s.vertrouwen}</span>
        </li>
      </ul>
      <LineChart label={s.motivationLabel(listed)} domain={domain} yTicks={yTicks} xLabels={xLabels} series={series} plotHeightPx={max <= 5 ? 150 : 160} />
      <ChartTable
        caption={s.motivationTitle}
        columns={[s.when, s.belang, s.vertrouwen]}
        rows={() => sessions.map((session) => [name(session), words(find(session, 'belang')), words(find(session, 'vertrouwen'))])}
      />
    </section>
  );
}
