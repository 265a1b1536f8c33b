// The meeting trail the map draws, from the cited data set. Loaded on demand
// (useHistoryLayers.ts): a view without the trail needs none of it.
import type { FeatureCollection, LineString, Point } from 'geojson';
import { meetingsInOrder, venueById } from '../data/dispute';
import type { Meeting } from '../data/schema';
import type { ViewState } from '../state/url';
import { trailFeatures, trailMeetings, type TrailProperties } from './trail';

export interface HistoryLayers {
  /** The meetings the trail joins, in date order. */
  meetings: Meeting[];
  trail: FeatureCollection<LineString | Point, TrailProperties> | null;
}

export function historyLayers(
  view: Pick<ViewState, 'trail' | 'period'>,
  date: string,
): HistoryLayers {
  const { trail, period } = view;
  const meetings = trail
    ? trailMeetings(meetingsInOrder(), { format: trail, period, until: date })
    : [];
  return {
    meetings,
    trail: trail ? trailFeatures(meetings, (venue) => venueById(venue)!.coordinates) : null,
  };
}
