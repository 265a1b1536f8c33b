// What the map draws of the history, from the cited data set: who administered each island in
// the year shown, and the meeting trail. Loaded on demand (useHistoryLayers.ts): the first view,
// today without a trail, needs none of it.
import type { FeatureCollection, LineString, Point } from 'geojson';
import { meetingsInOrder, venueById } from '../data/dispute';
import type { IslandId, Meeting, Side } from '../data/schema';
import type { ViewState } from '../state/url';
import { administrationOn } from '../data/administration';
import { trailFeatures, trailMeetings, type TrailProperties } from './trail';

export interface HistoryLayers {
  /** null: today, coloured by the view. */
  administration: Record<IslandId, Side | null> | null;
  /** The meetings the trail joins, in date order. */
  meetings: Meeting[];
  trail: FeatureCollection<LineString | Point, TrailProperties> | null;
}

export function historyLayers(
  view: Pick<ViewState, 'year' | 'trail' | 'period'>,
  date: string,
): HistoryLayers {
  const { year, trail, period } = view;
  const meetings = trail
    ? trailMeetings(meetingsInOrder(), { format: trail, period, until: date })
    : [];
  return {
    administration: year === null ? null : administrationOn(date),
    meetings,
    trail: trail ? trailFeatures(meetings, (venue) => venueById(venue)!.coordinates) : null,
  };
}
