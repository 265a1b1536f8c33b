import { useCallback, useEffect, useMemo, useState } from 'react';
import { MapView } from './map/MapView';
import type { Selection, VenueMarker } from './map/controller';
import { islandLabels } from './map/labels';
import type { ColorScheme, StyleOptions } from './map/style';
import { IslandPanel } from './panels/IslandPanel';
import { VenuePanel } from './panels/VenuePanel';
import { islands, venues } from './data/basics';
import { loadLabelFonts } from './fonts';
import { useMediaQuery } from './useMediaQuery';
import type { IslandId } from './data/schema';

const DATA_URL = `${import.meta.env.BASE_URL}data`;
const LABEL_SAMPLE = Object.values(islandLabels(islands)).join('');
const NO_SELECTION: Selection = { island: null, venue: null };

export function App() {
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [fontsReady, setFontsReady] = useState(false);
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const colorScheme: ColorScheme = dark ? 'dark' : 'light';

  useEffect(() => {
    void loadLabelFonts(LABEL_SAMPLE).then(() => setFontsReady(true));
  }, []);

  const styleOptions = useMemo<StyleOptions>(
    () => ({ dataUrl: DATA_URL, islandLabels: islandLabels(islands), fontsReady, colorScheme }),
    [fontsReady, colorScheme],
  );
  const venueMarkers = useMemo<VenueMarker[]>(
    () =>
      venues.map((venue) => ({
        id: venue.id,
        coordinates: venue.coordinates,
        label: `${venue.name.en}: meeting venue`,
      })),
    [],
  );

  const selectIsland = useCallback((island: IslandId) => setSelection({ island, venue: null }), []);
  const selectVenue = useCallback((venue: string) => setSelection({ island: null, venue }), []);
  const clearSelection = useCallback(() => setSelection(NO_SELECTION), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') clearSelection();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [clearSelection]);

  const island = islands.find((item) => item.id === selection.island);
  const venue = venues.find((item) => item.id === selection.venue);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Kuril Islands dispute map</h1>
        <p className="app-subtitle">
          Iturup / Etorofu, Kunashir / Kunashiri, Shikotan and Habomai, and where Russia and Japan
          met about them
        </p>
      </header>
      <MapView
        styleOptions={styleOptions}
        selection={selection}
        venues={venueMarkers}
        reducedMotion={reducedMotion}
        onSelectIsland={selectIsland}
        onSelectVenue={selectVenue}
      />
      {island && <IslandPanel island={island} onClose={clearSelection} />}
      {venue && <VenuePanel venue={venue} onClose={clearSelection} />}
    </div>
  );
}
