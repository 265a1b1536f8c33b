import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Feature } from 'geojson';
import type { MapController, MapSetup, Selection, VenueMarker } from './controller';
import { startMap, takeFirstMap } from './startMap';
import type { CameraState, MapUnavailable } from './types';
import type { StyleOptions } from './style';
import type { IslandId } from '../data/schema';
import type { OnlineBasemap } from './basemap';

/** A request to bring something into view; a new object each time it is asked for. */
export type FocusRequest =
  { kind: 'island'; id: IslandId } | { kind: 'point'; lngLat: [number, number] } | null;

interface MapViewProps {
  styleOptions: StyleOptions;
  basemap: OnlineBasemap | null;
  selection: Selection;
  venues: VenueMarker[];
  canvasLabel: string;
  /** Read once, when the map starts. */
  setup: MapSetup;
  measuring: boolean;
  measureFeatures: Feature[];
  focus: FocusRequest;
  /** Screen area covered by a panel, in pixels. */
  insets: { right: number; bottom: number };
  onSelectIsland(id: IslandId): void;
  onSelectVenue(id: string): void;
  onSelectMeeting(meeting: string, venue: string): void;
  onMeasureClick(lngLat: [number, number]): void;
  onMoveEnd(camera: CameraState): void;
  onFirstIdle(): void;
  onReady(controller: MapController | null): void;
  /** The map cannot be drawn (null: it can again). */
  onUnavailable(reason: MapUnavailable | null): void;
  onBasemapFailed(): void;
}

/**
 * Puts the map (started ahead by main.ts, or here) in the page once and passes every prop change
 * on to its controller.
 */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Before the page is first painted: a map that is idle already is ready a paint sooner.
  useLayoutEffect(() => {
    const { styleOptions, setup } = latest.current;
    const started = takeFirstMap() ?? startMap(styleOptions, setup);
    container.current!.append(started.element);
    const instance = started.controller;
    if (!instance) {
      latest.current.onUnavailable('no-webgl');
      return () => started.element.remove();
    }
    // Before connecting: connect replays an idle that came before, and the page's answer to it
    // uses the controller.
    controller.current = instance;
    latest.current.onReady(instance);
    instance.connect({
      onSelectIsland: (id) => latest.current.onSelectIsland(id),
      onSelectVenue: (id) => latest.current.onSelectVenue(id),
      onSelectMeeting: (meeting, venue) => latest.current.onSelectMeeting(meeting, venue),
      onMeasureClick: (lngLat) => latest.current.onMeasureClick(lngLat),
      onMoveEnd: (camera) => latest.current.onMoveEnd(camera),
      onIdle: () => {
        document.documentElement.setAttribute('data-map-ready', 'true');
        latest.current.onFirstIdle();
      },
      onContextLost: (lost) => latest.current.onUnavailable(lost ? 'context-lost' : null),
      onBasemapFailed: () => latest.current.onBasemapFailed(),
    });
    return () => {
      latest.current.onReady(null);
      instance.destroy();
      started.element.remove();
      controller.current = null;
    };
  }, []);

  const { styleOptions, selection, venues, canvasLabel, measuring, measureFeatures, focus } = props;
  const { right, bottom } = props.insets;
  // Before the focus effect below, so that a fit into view allows for the panel.
  useEffect(() => controller.current?.setInsets({ right, bottom }), [right, bottom]);
  useEffect(() => controller.current?.setStyleOptions(styleOptions), [styleOptions]);
  useEffect(() => controller.current?.setBasemap(props.basemap), [props.basemap]);
  useEffect(() => controller.current?.setSelection(selection), [selection]);
  useEffect(() => controller.current?.setVenues(venues), [venues]);
  useEffect(() => controller.current?.setCanvasLabel(canvasLabel), [canvasLabel]);
  useEffect(() => controller.current?.setMeasuring(measuring), [measuring]);
  useEffect(() => controller.current?.setMeasure(measureFeatures), [measureFeatures]);
  useEffect(() => {
    const map = controller.current;
    if (!map || !focus) return;
    if (focus.kind === 'island') void map.showIsland(focus.id);
    else void map.showPoint(focus.lngLat);
  }, [focus]);

  return <div ref={container} className="map" data-testid="map" />;
}
