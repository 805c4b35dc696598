import { useMemo } from 'preact/hooks';
import { CRAVING_MAX, type CheckIn, type CheckInDay } from '../../../core/checkins';
import { i18next, toLanguage } from '../../../i18n';
import { MoodFace } from '../../icons/moods.tsx';
import { useT } from '../../useT';
import { timeDomainX, type Domain } from './chartGeometry';
import { ChartTable } from './ChartTable';
import { LineChart, type ChartSeries, type XLabel, type YTick } from './LineChart';
import { checkInsOldestFirst, cravingSeries, moodSeries } from './series';
import { STRINGS } from './strings';

const MOODS = [1, 2, 3, 4, 5] as const;

/** Mood and craving from the daily check-ins, each a chart over time with its table. */
export function CheckInCharts({ days }: { days: readonly CheckInDay[] }) {
  const t = useT();
  const language = toLanguage(i18next.language);
  const s = STRINGS[language];
  const data = useMemo(() => {
    const checkIns = checkInsOldestFirst(days);
    const mood = moodSeries(checkIns);
    const x = timeDomainX(mood);
    return {
      checkIns,
      x,
      mood: [{ points: mood, shape: 'circle', tone: 'first' }] satisfies ChartSeries[],
      craving: [{ points: cravingSeries(checkIns), shape: 'square', tone: 'first' }] satisfies ChartSeries[],
      moodDomain: x && ({ ...x, yMin: 1, yMax: 5 } satisfies Domain),
      cravingDomain: x && ({ ...x, yMin: 0, yMax: CRAVING_MAX } satisfies Domain),
    };
  }, [days]);
  const { checkIns, x, moodDomain, cravingDomain } = data;
  if (!x || !moodDomain || !cravingDomain || checkIns.length === 0) return null;

  const first = checkIns[0]!.at;
  const last = checkIns[checkIns.length - 1]!.at;
  const withYear = new Date(first).getFullYear() !== new Date(last).getFullYear() || new Date(last).getFullYear() !== new Date().getFullYear();
  const day = (at: number) => new Date(at).toLocaleDateString(language, { day: 'numeric', month: withYear ? 'short' : 'long', year: withYear ? 'numeric' : undefined });
  const xLabels: XLabel[] = first === last ? [{ x: first, label: day(first), anchor: 'middle' }] : [
    { x: x.xMin, label: day(first), anchor: 'start' },
    { x: x.xMax, label: day(last), anchor: 'end' },
  ];
  const moodTicks: YTick[] = MOODS.map((mood) => ({ value: mood, label: t(`mood.${mood}`), icon: <MoodFace mood={mood} size={32} /> }));
  const cravingTicks: YTick[] = [
    { value: 0, label: s.cravingLow },
    { value: 5, label: '5' },
    { value: CRAVING_MAX, label: s.cravingHigh },
  ];
  // One formatter for every row: a table of 2,000 check-ins would otherwise build 2,000 of them.
  const dateTime = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const when = (checkIn: CheckIn) => dateTime.format(checkIn.at);
  const newestFirst = (cell: (checkIn: CheckIn) => string) => () => {
    const rows: string[][] = [];
    for (let i = checkIns.length - 1; i >= 0; i--) rows.push([when(checkIns[i]!), cell(checkIns[i]!)]);
    return rows;
  };
  const range = [day(first), day(last)] as const;

  return (
    <>
      <section class="chart-block" aria-labelledby="journey-mood">
        <h3 id="journey-mood">{s.moodTitle}</h3>
        <LineChart
          label={s.chartLabel(s.moodTitle.toLowerCase(), checkIns.length, ...range)}
          domain={moodDomain}
          yTicks={moodTicks}
          xLabels={xLabels}
          series={data.mood}
          averagedNote={s.averaged}
        />
        <ChartTable caption={s.newestFirst(s.moodTitle)} columns={[s.day, s.mood]} rows={newestFirst((c) => t(`mood.${c.mood}`))} />
      </section>
      <section class="chart-block" aria-labelledby="journey-craving">
        <h3 id="journey-craving">{s.cravingTitle}</h3>
        <LineChart
          label={s.chartLabel(s.cravingTitle.toLowerCase(), checkIns.length, ...range)}
          domain={cravingDomain}
          yTicks={cravingTicks}
          xLabels={xLabels}
          series={data.craving}
          averagedNote={s.averaged}
        />
        <ChartTable
          caption={s.newestFirst(s.cravingTitle)}
          columns={[s.day, s.craving]}
          rows={newestFirst((c) => (c.craving === null ? s.notFilled : t('checkIn.cravingValue', { value: c.craving })))}
        />
      </section>
    </>
  );
}
