import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { islands, venuesByName } from '../data/basics';
import type { IslandId, Lang } from '../data/schema';
import { islandLabel, type Pov } from '../state/perspective';
import { NARROW_SCREEN } from '../ui/breakpoints';
import { useMediaQuery } from '../lib/useMediaQuery';
import '../ui/controls.css';
import './PlaceList.css';

interface PlaceListProps {
  /** The element's id, for the bar's button that opens and closes it. */
  id: string;
  open: boolean;
  lang: Lang;
  pov: Pov;
  selectedIsland: IslandId | null;
  selectedVenue: string | null;
  onIsland(id: IslandId): void;
  onVenue(id: string): void;
}

/**
 * The islands and venues of the map as lists of buttons: every place reachable by keyboard. A
 * drawer under the bar, opened from it, so that the map keeps the screen.
 */
export const PlaceList = memo(function PlaceList(props: PlaceListProps) {
  const { id, open, lang, pov, selectedIsland, selectedVenue, onIsland, onVenue } = props;
  const { t } = useTranslation('app');
  const narrow = useMediaQuery(NARROW_SCREEN);
  return (
    <nav
      id={id}
      className="place-list card"
      aria-label={t('places')}
      hidden={!open}
      // Beside the map on wide screens; over it on narrow ones, where it closes once used.
      data-covers={narrow ? undefined : 'left'}
    >
      <h2 id="island-list-heading">{t('islands')}</h2>
      <ul aria-labelledby="island-list-heading">
        {islands.map((island) => (
          <li key={island.id}>
            <button
              type="button"
              className="control"
              data-island={island.id}
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
    </nav>
  );
});
