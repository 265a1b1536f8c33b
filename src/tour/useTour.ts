// The guided tour's logic for the page: the chapter on screen is the address's `tour=`; each
// chapter sets the view state (year, selection, trail) and asks the map for a camera move with
// origin `tour`; leaving gives back the view the reader had before. The chapters, with the cited
// data set, load with the first tour.
import { useCallback, useEffect, useRef, useState } from 'react';
import { tourChapterIds } from '../data/basics';
import { i18next } from '../i18n';
import type { CameraRequest, CameraTarget } from '../map/types';
import { readViewState } from '../state/currentView';
import type { PageView, ViewChange } from '../state/useViewState';

type ChaptersModule = typeof import('./chapters');

export interface TourOptions {
  view: PageView;
  update(change: ViewChange, push?: boolean): void;
  requestCamera(origin: CameraRequest['origin'], target: CameraTarget): void;
  announce(message: string): void;
  /** The chapter on screen changed (null: the tour was left): for the host page. */
  onChapter(chapter: string | null): void;
}

export interface Tour {
  /** The chapter on screen; null: no tour. */
  chapter: string | null;
  /**
   * The chapter on screen has set the view (false while the chapters load), for the effects
   * declared after this hook: this hook's effect, which sets it, runs before theirs.
   */
  settled: boolean;
  /** What the chapter on screen selects (null: no tour, or its chapters still loading). */
  selection: Pick<ViewChange, 'island' | 'venue'> | null;
  /** Opens the tour at its first chapter, or leaves it. */
  toggle(): void;
  go(chapter: string): void;
  exit(): void;
}

/** What leaving the tour gives back. */
interface Before {
  view: ViewChange;
  camera: CameraTarget;
}

/** A tour opened by a link gives back the default view: the reader had no other. */
const DEFAULT_BEFORE: Before = {
  view: { year: null, island: null, venue: null, trail: null, period: null },
  camera: { kind: 'default' },
};

/** The reader's view now, from the address, where the map writes its camera at each rest. */
function viewNow(): Before {
  const { camera, year, island, venue, trail, period } = readViewState();
  return {
    view: { year, island, venue, trail, period },
    camera: camera
      ? {
          kind: 'view',
          center: [camera.lng, camera.lat],
          zoom: camera.zoom,
          bearing: camera.bearing,
          pitch: camera.pitch,
        }
      : { kind: 'default' },
  };
}

export function useTour({ view, update, requestCamera, announce, onChapter }: TourOptions): Tour {
  const chapter = view.tour;
  const [loaded, setLoaded] = useState<ChaptersModule | null>(null);
  const shown = useRef<string | null>(null);
  const before = useRef<Before | null>(null);
  const openedByLink = useRef(chapter !== null);
  // What to announce once the view shows the chapter's year: the year control announces each
  // year it shows, and the chapter's announcement is to come after it, not be replaced by it.
  const pending = useRef<{ message: string; year: number | null } | null>(null);
  // Where the focus goes back to on leaving: what opened the tour (its button).
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    // The chapters, and the text the announcements are made of.
    if (chapter && !loaded)
      void Promise.all([import('./chapters'), import('../i18n/tour')]).then(([chapters]) =>
        setLoaded(chapters),
      );
  }, [chapter, loaded]);

  useEffect(() => {
    if (!loaded || chapter === shown.current) return;
    const entering = shown.current === null;
    shown.current = chapter;
    if (chapter) {
      if (entering) before.current = openedByLink.current ? null : viewNow();
      openedByLink.current = false;
      const item = loaded.chapterById(chapter)!;
      update(loaded.chapterView(item));
      requestCamera('tour', loaded.chapterTarget(item));
      pending.current = {
        message: i18next.t('tour:announce.chapter', {
          n: tourChapterIds.indexOf(chapter) + 1,
          count: tourChapterIds.length,
          title: item.title[view.lang],
        }),
        year: item.year,
      };
    } else {
      const back = before.current ?? DEFAULT_BEFORE;
      before.current = null;
      update(back.view);
      requestCamera('tour', back.camera);
      pending.current = { message: i18next.t('tour:announce.left'), year: back.view.year ?? null };
      // Once the panel has gone; a panel the restored view opens keeps the focus it takes.
      const opener = returnFocus.current;
      returnFocus.current = null;
      requestAnimationFrame(() => {
        if (document.activeElement === document.body) opener?.focus({ preventScroll: true });
      });
    }
    onChapter(chapter);
  }, [loaded, chapter, view.lang, update, requestCamera, announce, onChapter]);

  // After the effects of the history bar (a child) in the render that shows the year.
  useEffect(() => {
    const waiting = pending.current;
    if (waiting && waiting.year === view.year) {
      pending.current = null;
      announce(waiting.message);
    }
  });

  const go = useCallback((id: string) => update({ tour: id }), [update]);
  const exit = useCallback(() => update({ tour: null }), [update]);
  // Opening adds a history entry, so Back leaves the tour; the chapters replace it.
  const start = useCallback(() => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    update({ tour: tourChapterIds[0] }, true);
  }, [update]);
  const settled = chapter === null || loaded !== null;
  const item = chapter && loaded ? loaded.chapterById(chapter) : undefined;
  const chosen = item && loaded!.chapterView(item);
  const selection = chosen ? { island: chosen.island, venue: chosen.venue } : null;
  return { chapter, settled, selection, toggle: chapter ? exit : start, go, exit };
}
