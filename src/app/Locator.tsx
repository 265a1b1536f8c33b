// The locator inset: a small drawing of the world with the Pacific in the middle, every meeting
// city as a button, the four islands marked and a frame round the part the main map shows. Plain
// SVG and buttons: no second map.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import locator from '../../geodata/derived/locator.json';
import { meetingsHeldIn, venues } from '../data/basics';
import type { Lang } from '../data/ids';
import { PALETTES, type ColorScheme } from '../map/style';
import { readViewState } from '../state/currentView';
import { islandOwnerColour, type Pov } from '../state/perspective';
import './Locator.css';

const UNITS = locator.unitsPerDegree;
/** Degrees of margin round the venues and the islands. */
const MARGIN = { x: 10, north: 9, south: 8 };
/** The font size of the city names, in pixels. */
const FONT = 12;
/** The side of a venue's button, in pixels, its dot in the middle. */
const HIT = 16;
/** The frame's least side, in pixels. */
const FRAME_LEAST = 14;
/** MapLibre's tile size: the world is 512 pixels wide at zoom 0. */
const TILE = 512;

/** The drawing's frame (build-locator.mjs): plate carrée, the seam's west moved east by 360°. */
export function toInset([lng, lat]: readonly [number, number]): [number, number] {
  return [(lng < locator.seam ? lng + 360 : lng) * UNITS, -lat * UNITS];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the drawing to show: every venue and the islands, with a margin. */
function insetBox(): Box {
  const points = [...venues.map((venue) => venue.coordinates), ...Object.values(locator.islands)];
  const xs = points.map((point) => toInset(point as [number, number])[0]);
  const ys = points.map((point) => toInset(point as [number, number])[1]);
  const x = Math.min(...xs) - MARGIN.x * UNITS;
  const y = Math.min(...ys) - MARGIN.north * UNITS;
  return {
    x,
    y,
    width: Math.max(...xs) + MARGIN.x * UNITS - x,
    height: Math.max(...ys) + MARGIN.south * UNITS - y,
  };
}

const BOX = insetBox();

/**
 * The main map's view as a box of the drawing, in the drawing's units, from the camera the map
 * wrote into the address; never smaller than `least` units across.
 */
function mainViewBox(least: number): Box | null {
  const camera = readViewState().camera;
  if (!camera) return null;
  const worldPixels = TILE * 2 ** camera.zoom;
  const halfWidth = ((window.innerWidth / worldPixels) * 360) / 2;
  // Web Mercator in the vertical: the latitudes at the top and bottom of the window.
  const mercatorY = Math.log(Math.tan(Math.PI / 4 + (camera.lat * Math.PI) / 360));
  const halfHeight = ((window.innerHeight / worldPixels) * 2 * Math.PI) / 2;
  const latitude = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;
  const [west, north] = toInset([camera.lng - halfWidth, latitude(mercatorY + halfHeight)]);
  const east = west + 2 * halfWidth * UNITS;
  const south = -latitude(mercatorY - halfHeight) * UNITS;
  const [cx, cy] = [(west + east) / 2, (north + south) / 2];
  const width = Math.max(east - west, least);
  const height = Math.max(south - north, least);
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** A rough width of a name in pixels: CJK characters are square, others about half as wide. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? FONT : FONT * 0.58;
  return width;
}

interface Label {
  /** The name's box, in pixels from the drawing's top left. */
  left: number;
  top: number;
  width: number;
  /** The name stands away from its dot: a line joins them. */
  leader: boolean;
}

const LABEL_HEIGHT = FONT + 2;

/** Where a name may go, nearest its dot first: beside it, above or below it, then further out. */
function candidates(x: number, y: number, width: number): [number, number, boolean][] {
  const gap = 5;
  const h = LABEL_HEIGHT;
  const near: [number, number, boolean][] = [
    [x + gap, y - h / 2, false],
    [x - gap - width, y - h / 2, false],
    [x - width / 2, y - gap - h, false],
    [x - width / 2, y + gap, false],
    [x + gap, y + gap - 2, false],
    [x - gap - width, y + gap - 2, false],
    [x + gap, y - gap - h + 2, false],
    [x - gap - width, y - gap - h + 2, false],
  ];
  const far: [number, number, boolean][] = [];
  for (const distance of [14, 22, 30]) {
    for (const [dx, dy] of [
      [1, 1],
      [-1, 1],
      [1, -1],
      [-1, -1],
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ]) {
      const left = dx > 0 ? x + distance : dx < 0 ? x - distance - width : x - width / 2;
      const top = dy > 0 ? y + distance - h / 2 : dy < 0 ? y - distance - h / 2 : y - h / 2;
      far.push([left, top, true]);
    }
  }
  return [...near, ...far];
}

/**
 * Where each venue's name goes, in pixels: beside its dot where it overlaps no other name, no
 * dot and stays inside, else a little way off with a line to its dot; no name where none fits.
 * The data set's order of the venues (the main ones first) is the order of preference.
 */
export function placeLabels(
  points: readonly { id: string; x: number; y: number; name: string }[],
  size: { width: number; height: number },
): Map<string, Label> {
  const placed = new Map<string, Label>();
  const boxes: { left: number; top: number; right: number; bottom: number }[] = points.map(
    ({ x, y }) => ({ left: x - 3, top: y - 3, right: x + 3, bottom: y + 3 }),
  );
  for (const { id, x, y, name } of points) {
    const width = textWidth(name);
    for (const [left, top, leader] of candidates(x, y, width)) {
      const box = { left, top, right: left + width, bottom: top + LABEL_HEIGHT };
      const inside =
        box.left >= 1 && box.top >= 0 && box.right <= size.width - 1 && box.bottom <= size.height;
      const free = boxes.every(
        (other) =>
          box.right <= other.left ||
          other.right <= box.left ||
          box.bottom <= other.top ||
          other.bottom <= box.top,
      );
      if (inside && free) {
        placed.set(id, { left, top, width, leader });
        boxes.push(box);
        break;
      }
    }
  }
  return placed;
}

/** The point of a name's box nearest its dot: where the leader line ends. */
function nearestPoint(label: Label, x: number, y: number): [number, number] {
  const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
  return [
    clamp(x, label.left, label.left + label.width),
    clamp(y, label.top, label.top + LABEL_HEIGHT),
  ];
}

interface LocatorProps {
  lang: Lang;
  pov: Pov;
  colorScheme: ColorScheme;
  /** The drawing's width in pixels (its height follows). */
  width: number;
  selectedVenue: string | null;
  onVenue(id: string): void;
  /** Changes each time the main map comes to rest: the frame is read again from the address. */
  cameraMoves: number;
}

export const Locator = memo(function Locator(props: LocatorProps) {
  const { lang, pov, colorScheme, width, selectedVenue, onVenue, cameraMoves } = props;
  const { t } = useTranslation('app');
  const scale = width / BOX.width;
  const height = Math.round(BOX.height * scale);
  const toPixels = (point: readonly [number, number]) => {
    const [x, y] = toInset(point);
    return { x: (x - BOX.x) * scale, y: (y - BOX.y) * scale };
  };
  const points = venues.map((venue) => ({
    id: venue.id,
    name: venue.name[lang],
    ...toPixels(venue.coordinates),
  }));
  const labels = useMemo(
    () => placeLabels(points, { width, height }),
    // The points follow from the language and the width.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang, width, height],
  );
  // Never smaller than the islands' mark: it stays visible when the map is zoomed in closely.
  const frame = useMemo(
    () => mainViewBox((FRAME_LEAST * BOX.width) / width),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cameraMoves, width],
  );
  const islandColour = PALETTES[colorScheme].islands[islandOwnerColour(pov)];
  const islandPoints = Object.values(locator.islands).map((point) =>
    toPixels(point as [number, number]),
  );
  const islandsCentre = {
    x: islandPoints.reduce((sum, p) => sum + p.x, 0) / islandPoints.length,
    y: islandPoints.reduce((sum, p) => sum + p.y, 0) / islandPoints.length,
  };
  return (
    <section className="locator card" aria-labelledby="locator-heading" data-testid="locator">
      {/* As wide as the drawing: a long title wraps rather than widening the card. */}
      <details open style={{ maxWidth: width }}>
        <summary>
          <h2 id="locator-heading">{t('locator.title')}</h2>
        </summary>
        <div className="locator-drawing" style={{ width, height }}>
          <svg
            width={width}
            height={height}
            viewBox={`${BOX.x} ${BOX.y} ${BOX.width} ${BOX.height}`}
            aria-hidden="true"
          >
            <path className="locator-land" d={locator.land} />
          </svg>
          <span
            className="locator-islands"
            role="img"
            aria-label={t('locator.islands')}
            title={t('locator.islands')}
            style={{ left: islandsCentre.x, top: islandsCentre.y, color: islandColour }}
          />
          <svg className="locator-overlay" width={width} height={height} aria-hidden="true">
            {points.map(({ id, x, y }) => {
              const label = labels.get(id);
              if (!label?.leader) return null;
              const [x2, y2] = nearestPoint(label, x, y);
              return <line key={id} x1={x} y1={y} x2={x2} y2={y2} />;
            })}
            {frame && (
              <rect
                className="locator-frame"
                data-testid="locator-frame"
                x={(frame.x - BOX.x) * scale}
                y={(frame.y - BOX.y) * scale}
                width={frame.width * scale}
                height={frame.height * scale}
              />
            )}
          </svg>
          <ul>
            {points.map(({ id, name, x, y }) => {
              const label = labels.get(id);
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="locator-venue"
                    data-venue={id}
                    aria-pressed={id === selectedVenue}
                    aria-label={t('venueMarker', { name, count: meetingsHeldIn(id) })}
                    title={name}
                    style={{ left: x - HIT / 2, top: y - HIT / 2, width: HIT, height: HIT }}
                    onClick={() => onVenue(id)}
                  >
                    {label && (
                      <span
                        className="locator-name"
                        lang={lang}
                        style={{ left: label.left - x + HIT / 2, top: label.top - y + HIT / 2 }}
                      >
                        {name}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      </details>
    </section>
  );
});
