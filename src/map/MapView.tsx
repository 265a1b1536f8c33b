import { useEffect, useRef } from 'react';
import { MapController, type Selection, type VenueMarker } from './controller';
import type { StyleOptions } from './style';
import type { IslandId } from '../data/schema';

interface MapViewProps {
  styleOptions: StyleOptions;
  selection: Selection;
  venues: VenueMarker[];
  reducedMotion: boolean;
  onSelectIsland(id: IslandId): void;
  onSelectVenue(id: string): void;
}

/** Mounts the map once and passes every prop change on to its controller. */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const instance = new MapController(
      container.current!,
      latest.current.styleOptions,
      {
        onSelectIsland: (id) => latest.current.onSelectIsland(id),
        onSelectVenue: (id) => latest.current.onSelectVenue(id),
        onIdle: () => document.documentElement.setAttribute('data-map-ready', 'true'),
      },
      latest.current.reducedMotion,
    );
    controller.current = instance;
    return () => {
      instance.destroy();
      controller.current = null;
    };
  }, []);

  const { styleOptions, selection, venues } = props;
  useEffect(() => controller.current?.setStyleOptions(styleOptions), [styleOptions]);
  useEffect(() => controller.current?.setSelection(selection), [selection]);
  useEffect(() => controller.current?.setVenues(venues), [venues]);

  return <div ref={container} className="map" data-testid="map" />;
}
