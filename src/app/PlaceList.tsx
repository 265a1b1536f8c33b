import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { islands, venuesByName } from '../data/basics';
import type { IslandId, Lang } from '../data/schema';
import { islandLabel, type Pov } from '../state/perspective';
import { WIDE_SCREEN } from '../ui/breakpoints';
import '../ui/controls.css';
import './PlaceList.css';

interface PlaceListProps {
  lang: Lang;
  pov: Pov;
  selectedIsland: IslandId | null;
  selectedVenue: string | null;
  onIsland(id: IslandId): void;
  onVenue(id: string): void;
}

/** The islands and venues of the map as lists of buttons: every place reachable by keyboard. */
export const PlaceList = memo(function PlaceList(props: PlaceListProps) {
  const { lang, pov, selectedIsland, selectedVenue, onIsland, onVenue } = props;
  const { t } = useTranslation('app');
  return (
    <nav className="place-list card" aria-label={t('places')}>
      {/* Open where there is room beside the map; one tap away on narrow screens. */}
      <details open={window.matchMedia(WIDE_SCREEN).matches}>
        <summary>{t('places')}</summary>
        <h2 id="island-list-heading">{t('islands')}</h2>
        <ul aria-labelledby="island-list-heading">
          {islands.map((island) => (
            <li key={island.id}>
              <button
                type="button"
                className="control"
                aria-current={island.id === selectedIsland ? 'true' : undefined}
                onClick={() => onIsland(island.id)}
              >
                <span lang={lang}>{islandLabel(island, pov, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
        <h2 id="venue-list-heading">{t('venues')}</h2>
        <ul aria-labelledby="venue-list-heading">
          {venuesByName(lang).map((venue) => (
            <li key={venue.id}>
              <button
                type="button"
                className="control"
                aria-current={venue.id === selectedVenue ? 'true' : undefined}
                onClick={() => onVenue(venue.id)}
              >
                <span lang={lang}>{venue.name[lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
});
