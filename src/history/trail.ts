// The meeting trail: great-circle arcs between the venues of consecutive meetings, in date order.
// Pure: the same meetings and filter give the same features.
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { arc } from '../measure/measure';
import { LEADERS_FORMATS, type Meeting, type MeetingFormat } from '../data/schema';
import type { TrailFormat } from '../state/url';

export interface TrailFilter {
  format: TrailFormat;
  /** Years (inclusive) of the meetings kept; null: all. */
  period: [number, number] | null;
  /** No meeting after this day (YYYY-MM-DD): the trail follows the year control. */
  until: string;
}

export interface TrailProperties {
  meeting: string;
  /** Position in the trail, from 0. */
  order: number;
  format: Meeting['format'];
  date: string;
  /** The venue the arc comes from; null for the first meeting and a meeting in the same city. */
  from: string | null;
  to: string;
}

export type TrailFeature = Feature<LineString | Point, TrailProperties>;

// `summit` keeps the meaning it has in shared links: every meeting of the two leaders. The values
// added later name one format each.
const FORMATS: Record<TrailFormat, readonly MeetingFormat[] | null> = {
  all: null,
  summit: LEADERS_FORMATS,
  '2plus2': ['2+2'],
  'official-visit': ['official-visit'],
  sideline: ['sideline'],
  'foreign-ministers': ['foreign-ministers'],
  'treaty-signing': ['treaty-signing'],
  conference: ['conference'],
};

/** The meetings a filter keeps, in date order (the input is in date order). */
export function trailMeetings(meetings: readonly Meeting[], filter: TrailFilter): Meeting[] {
  const format = FORMATS[filter.format];
  return meetings.filter((meeting) => {
    const year = Number(meeting.date.start.slice(0, 4));
    return (
      (format === null || format.includes(meeting.format)) &&
      (filter.period === null || (year >= filter.period[0] && year <= filter.period[1])) &&
      meeting.date.start <= filter.until
    );
  });
}

/**
 * One feature per meeting: the arc from the previous meeting's venue, or a point where there is
 * no arc (the first meeting, or one in the same city as the one before).
 */
export function trailFeatures(
  meetings: readonly Meeting[],
  coordinates: (venue: string) => Position,
): FeatureCollection<LineString | Point, TrailProperties> {
  const features = meetings.map((meeting, order): TrailFeature => {
    const previous = order > 0 ? meetings[order - 1].venue : null;
    const from = previous !== meeting.venue ? previous : null;
    const end = coordinates(meeting.venue);
    const properties = {
      meeting: meeting.id,
      order,
      format: meeting.format,
      date: meeting.date.start,
      from,
      to: meeting.venue,
    };
    return from
      ? {
          type: 'Feature',
          properties,
          geometry: { type: 'LineString', coordinates: arc(coordinates(from), end) },
        }
      : { type: 'Feature', properties, geometry: { type: 'Point', coordinates: end } };
  });
  return { type: 'FeatureCollection', features };
}
