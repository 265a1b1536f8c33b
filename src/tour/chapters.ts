// The guided tour's chapters (geodata/dispute/tour.json) and what each asks of the map, as pure
// functions: the view state it sets (year, selection, trail) and its camera move. Loaded with
// the tour, since it carries the whole cited data set.
import { dispute, eventById } from '../data/dispute';
import type { HistoryEvent, TourChapter } from '../data/schema';
import type { CameraTarget } from '../map/types';
import type { ViewChange } from '../state/useViewState';

export type { TourChapter };

export const chapters: readonly TourChapter[] = dispute.tour.chapters;

export const chapterById = (id: string | null): TourChapter | undefined =>
  chapters.find((chapter) => chapter.id === id);

/** The view state a chapter sets: everything it does not name is cleared. */
export function chapterView(chapter: TourChapter): ViewChange {
  const selection = chapter.selection;
  return {
    year: chapter.year,
    island: selection && 'island' in selection ? selection.island : null,
    venue: selection && 'venue' in selection ? selection.venue : null,
    trail: chapter.trail?.format ?? null,
    period: chapter.trail ? [...chapter.trail.period] : null,
  };
}

/** The camera move a chapter asks for: its island framed, or its place flown to. */
export function chapterTarget(chapter: TourChapter): CameraTarget {
  const { camera } = chapter;
  return 'island' in camera
    ? { kind: 'island', island: camera.island }
    : { kind: 'place', center: camera.center, zoom: camera.zoom };
}

/** The chapter `step` places away from `id` (clamped to the first and the last). */
export function chapterAfter(id: string, step: number): TourChapter {
  const index = chapters.findIndex((chapter) => chapter.id === id);
  return chapters[Math.min(chapters.length - 1, Math.max(0, index + step))]!;
}

/** The event whose two readings a chapter shows. */
export const readingsOf = (chapter: TourChapter): HistoryEvent | undefined =>
  chapter.readings === undefined ? undefined : eventById(chapter.readings);
