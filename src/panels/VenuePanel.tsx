import type { Venue } from '../data/basics';
import { Panel } from './Panel';

export function VenuePanel({ venue, onClose }: { venue: Venue; onClose(): void }) {
  return (
    <Panel title={venue.name.en} label={`Meeting venue: ${venue.name.en}`} onClose={onClose}>
      <p>
        <span lang="ru">{venue.name.ru}</span> · <span lang="ja">{venue.name.ja}</span>
      </p>
      <p>A city where Russian and Japanese leaders or ministers met to discuss the islands.</p>
    </Panel>
  );
}
