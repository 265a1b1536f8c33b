// Two charts drawn from the data set: meetings per year by format, and the islands' population by
// each side's figures. Each is followed by its numbers as a table (its text alternative).
//
// Drawn with uPlot (1.6, about 22 KB gzip with its style sheet, maintained, no dependencies): of
// the libraries that draw bars and points, Chart.js is about three times its size, ECharts and
// Observable Plot (with d3) far more, and Chartist writes style attributes, which the page's
// Content-Security-Policy (style-src 'self') refuses. This module is its own chunk, loaded when
// the Charts tab is first chosen.
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { precisionOf } from '../data/dates';
import { dispute } from '../data/dispute';
import type { Lang } from '../data/ids';
import { MEETING_FORMATS, type MeetingFormat } from '../data/meetingFormats';
import { formatDate, formatNumber } from '../i18n/format';
import '../i18n/panels';
import { useMediaQuery } from '../lib/useMediaQuery';
import { MEDIA_QUERIES } from '../map/viewOptions';
import { islandLabel, type Pov } from '../state/perspective';
import { Sources } from '../ui/Sources';
import { meetingsPerYearByFormat, populationTable, stacked } from './textVersion';
import './charts.css';

export interface ChartsProps {
  lang: Lang;
  pov: Pov;
}

// Okabe and Ito's colour-blind-safe palette; each reads on the light and the dark background.
const FORMAT_COLOURS: Record<MeetingFormat, string> = {
  'official-visit': '#0072b2',
  summit: '#e69f00',
  sideline: '#56b4e9',
  '2+2': '#009e73',
  'foreign-ministers': '#cc79a7',
  'treaty-signing': '#d55e00',
  conference: '#f0e442',
};
const ISLAND_COLOURS = ['#e69f00', '#56b4e9', '#009e73', '#cc79a7'];
const CHART_HEIGHT = 240;

/** The page's colours, read from its style sheet, so the charts follow the colour scheme. */
function pageColours(element: HTMLElement) {
  const style = getComputedStyle(element);
  return { fg: style.getPropertyValue('--fg'), grid: style.getPropertyValue('--border') };
}

type Colours = ReturnType<typeof pageColours>;

/**
 * A uPlot chart as wide as its container, drawn again when its options, its data or the colour
 * scheme change. The canvas is hidden from screen readers: the table after it says the same.
 */
function UPlotChart({
  options,
  data,
}: {
  options: (colours: Colours) => Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
}) {
  const container = useRef<HTMLDivElement>(null);
  const dark = useMediaQuery(MEDIA_QUERIES.dark);
  useEffect(() => {
    const element = container.current!;
    const chart = new uPlot(
      {
        ...options(pageColours(element)),
        width: element.clientWidth,
        height: CHART_HEIGHT,
      },
      data,
      element,
    );
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: element.clientWidth, height: CHART_HEIGHT }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [options, data, dark]);
  return <div ref={container} className="chart-canvas" aria-hidden="true" />;
}

const axisStyle = (colours: Colours): uPlot.Axis => ({
  stroke: colours.fg,
  grid: { stroke: colours.grid, width: 1 },
  ticks: { stroke: colours.grid, width: 1 },
  font: '12px system-ui, sans-serif',
});

export default function Charts({ lang, pov }: ChartsProps) {
  const { t } = useTranslation('download', { lng: lang });
  return (
    <div className="charts" data-testid="charts">
      <p>{t('charts.intro')}</p>
      <MeetingsChart lang={lang} />
      <PopulationChart lang={lang} pov={pov} />
    </div>
  );
}

/** A chart's numbers as a table that scrolls sideways on a narrow screen, named by its caption. */
function ChartTable({ caption, children }: { caption: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="text-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="text-table chart-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

function Swatches({ items }: { items: { key: string; colour: string; text: string }[] }) {
  return (
    <ul className="chart-key">
      {items.map((item) => (
        <li key={item.key}>
          <span className="chart-swatch" style={{ background: item.colour }} aria-hidden="true" />
          {item.text}
        </li>
      ))}
    </ul>
  );
}

function MeetingsChart({ lang }: { lang: Lang }) {
  const { t } = useTranslation('download', { lng: lang });
  const { t: tp } = useTranslation('panels', { lng: lang });
  const id = useId();
  const { years, counts, formats, totals, data } = useMemo(() => {
    const perYear = meetingsPerYearByFormat(
      dispute.meetings.meetings.map((m) => ({ start: m.date.start, format: m.format })),
    );
    const shown = MEETING_FORMATS.filter((format) => perYear.counts[format].some((n) => n > 0));
    // Each format's bar reaches the running sum up to it; the tallest are drawn first, so each
    // format shows as its own segment of the stack.
    const sums = stacked(shown.map((format) => perYear.counts[format]));
    return {
      ...perYear,
      formats: shown,
      totals: sums.at(-1) ?? [],
      data: [perYear.years, ...sums.reverse()] as uPlot.AlignedData,
    };
  }, []);
  const total = totals.reduce((a, b) => a + b, 0);
  const number = (n: number) => formatNumber(n, lang, 0);

  const options = useMemo(
    () => (colours: Colours) => ({
      legend: { show: false },
      cursor: { show: false },
      scales: {
        // Half a year's room either side, so that the first and last bars are whole.
        x: {
          time: false,
          range: (_: uPlot, min: number, max: number) =>
            [min - 0.5, max + 0.5] as uPlot.Range.MinMax,
        },
        y: {
          range: (_: uPlot, __: number, max: number) => [0, Math.max(1, max)] as uPlot.Range.MinMax,
        },
      },
      axes: [
        { ...axisStyle(colours), values: (_: uPlot, ticks: number[]) => ticks.map(String) },
        { ...axisStyle(colours), incrs: [1, 2, 5, 10] },
      ],
      series: [
        {},
        ...[...formats].reverse().map((format) => ({
          label: format,
          fill: FORMAT_COLOURS[format],
          // No outline: on a phone a bar is a pixel or two wide, and an outline would hide its colour.
          width: 0,
          points: { show: false },
          paths: uPlot.paths.bars!({ size: [1, 12] }),
        })),
      ],
    }),
    [formats],
  );

  return (
    <figure className="chart" aria-labelledby={`${id}-heading`} data-chart="meetings">
      <h3 id={`${id}-heading`}>{t('charts.meetingsHeading')}</h3>
      <p>
        {t('charts.meetingsDescription', {
          from: years[0],
          to: years.at(-1),
          total: number(total),
        })}
      </p>
      <Swatches
        items={formats.map((format) => ({
          key: format,
          colour: FORMAT_COLOURS[format],
          text: tp(`format.${format}`),
        }))}
      />
      <UPlotChart options={options} data={data} />
      <ChartTable caption={t('charts.meetingsTableCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('charts.year')}</th>
            {formats.map((format) => (
              <th key={format} scope="col">
                {tp(`format.${format}`)}
              </th>
            ))}
            <th scope="col">{t('charts.total')}</th>
          </tr>
        </thead>
        <tbody>
          {years.map(
            (year, i) =>
              totals[i]! > 0 && (
                <tr key={year} data-year={year}>
                  <th scope="row">{year}</th>
                  {formats.map((format) => (
                    <td key={format} data-format={format} data-value={counts[format][i]}>
                      {number(counts[format][i]!)}
                    </td>
                  ))}
                  <td data-format="total" data-value={totals[i]}>
                    {number(totals[i]!)}
                  </td>
                </tr>
              ),
          )}
        </tbody>
      </ChartTable>
    </figure>
  );
}

function PopulationChart({ lang, pov }: { lang: Lang; pov: Pov }) {
  const { t } = useTranslation('download', { lng: lang });
  const id = useId();
  const islands = dispute.islands.islands;
  const table = useMemo(() => populationTable(islands), [islands]);
  const name = (islandId: string) =>
    islandLabel(
      islands.find((i) => i.id === islandId)!,
      pov,
      lang,
    );
  const origins = (origins: string[]) =>
    origins.map((origin) => t(`charts.origin.${origin}`)).join(', ');

  // Each date's year over the origin of its figures.
  const tickLabels = useMemo(
    () =>
      table.dates.map(
        (date) =>
          `${date.asOf.slice(0, 4)}\n${date.origins.map((o) => t(`charts.origin.${o}`)).join(', ')}`,
      ),
    [table, t],
  );
  const data = useMemo<uPlot.AlignedData>(
    () => [table.dates.map((_, i) => i), ...islands.map((island) => table.values[island.id]!)],
    [table, islands],
  );
  const options = useMemo(
    () => (colours: Colours) => ({
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: [-0.5, table.dates.length - 0.5] as uPlot.Range.MinMax },
        y: { range: (_: uPlot, __: number, max: number) => [0, max * 1.15] as uPlot.Range.MinMax },
      },
      axes: [
        {
          ...axisStyle(colours),
          size: 48,
          splits: () => table.dates.map((_, i) => i),
          values: () => tickLabels,
          grid: { show: false },
        },
        { ...axisStyle(colours), size: 56 },
      ],
      series: [
        {},
        ...ISLAND_COLOURS.map((colour) => ({
          stroke: colour,
          // Dots only: figures of different counts and years are not a line.
          paths: () => null,
          points: { show: true, size: 12, fill: colour, stroke: colours.fg, width: 1 },
        })),
      ],
    }),
    [table, tickLabels],
  );

  return (
    <figure className="chart" aria-labelledby={`${id}-heading`} data-chart="population">
      <h3 id={`${id}-heading`}>{t('charts.populationHeading')}</h3>
      <p>{t('charts.populationDescription')}</p>
      <Swatches
        items={islands.map((island, i) => ({
          key: island.id,
          colour: ISLAND_COLOURS[i]!,
          text: name(island.id),
        }))}
      />
      <UPlotChart options={options} data={data} />
      <ChartTable caption={t('charts.populationTableCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('charts.island')}</th>
            {table.dates.map((date) => (
              <th key={date.asOf} scope="col">
                {formatDate(date.asOf, lang, precisionOf(date.asOf))}
                <br />
                <span className="chart-origin">{origins(date.origins)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {islands.map((island) => (
            <tr key={island.id} data-island={island.id}>
              <th scope="row">{name(island.id)}</th>
              {table.values[island.id]!.map((value, i) => (
                <td
                  key={table.dates[i]!.asOf}
                  data-as-of={table.dates[i]!.asOf}
                  data-value={value ?? 'missing'}
                >
                  {value === null ? (
                    <span className="chart-missing">{t('charts.noFigure')}</span>
                  ) : (
                    formatNumber(value, lang, 0)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ChartTable>
      <ul className="chart-sources">
        {table.dates.flatMap((date) =>
          [...new Map(date.figures.map((f) => [f.label.en, f])).values()].map((figure) => (
            <li key={`${date.asOf}-${figure.label.en}`}>
              {formatDate(date.asOf, lang, precisionOf(date.asOf))}: {figure.label[lang]}{' '}
              <Sources ids={figure.sources} />
            </li>
          )),
        )}
      </ul>
      {table.missing.length > 0 && (
        <>
          <h4>{t('charts.missingHeading')}</h4>
          <ul>
            {table.missing.map((figure) => (
              <li key={`${figure.island}-${figure.label.en}`} data-island={figure.island}>
                {t('charts.missing', { island: name(figure.island), label: figure.label[lang] })}{' '}
                <Sources ids={figure.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
