// Geodesic arithmetic: the distance tool's distance and what it draws, and the great-circle arcs
// of the distance tool and the meeting trail.
import { distance, greatCircle, lineString, point } from '@turf/turf';
import type { Feature, Position } from 'geojson';

const KM_PER_NAUTICAL_MILE = 1.852;

export function measure(a: [number, number], b: [number, number]) {
  const km = distance(a, b, { units: 'kilometers' });
  return { km, nmi: km / KM_PER_NAUTICAL_MILE };
}

/** The placed points, and the great-circle arc between them once there are two. */
export function measureFeatures(points: [number, number][]): Feature[] {
  const features: Feature[] = points.map((p) => point(p));
  if (points.length === 2 && measure(points[0], points[1]).km > 0) {
    features.push(lineString(arc(points[0], points[1])));
  }
  return features;
}

/**
 * The great circle from `start` to `end` as one line whose longitudes never jump by more than
 * 180°: across the antimeridian they run past ±180, which MapLibre draws as one unbroken arc.
 */
export function arc(start: Position, end: Position, points = 64): Position[] {
  const line = greatCircle(start, end, { npoints: points });
  const parts =
    line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
  const result: Position[] = [];
  for (const [lng, lat] of parts.flat()) {
    const previous = result.at(-1);
    let unwrapped = lng;
    if (previous) unwrapped += 360 * Math.round((previous[0] - lng) / 360);
    if (!previous || previous[0] !== unwrapped || previous[1] !== lat) {
      result.push([unwrapped, lat]);
    }
  }
  return result;
}
