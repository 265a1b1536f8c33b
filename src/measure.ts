// The distance tool's arithmetic: geodesic distance between two points, and what to draw.
import { distance, greatCircle, point } from '@turf/turf';
import type { Feature } from 'geojson';

const KM_PER_NAUTICAL_MILE = 1.852;

export function measure(a: [number, number], b: [number, number]) {
  const km = distance(a, b, { units: 'kilometers' });
  return { km, nmi: km / KM_PER_NAUTICAL_MILE };
}

/** The placed points, and the great-circle arc between them once there are two. */
export function measureFeatures(points: [number, number][]): Feature[] {
  const features: Feature[] = points.map((p) => point(p));
  if (points.length === 2 && measure(points[0], points[1]).km > 0) {
    features.push(greatCircle(points[0], points[1], { npoints: 64 }) as Feature);
  }
  return features;
}
