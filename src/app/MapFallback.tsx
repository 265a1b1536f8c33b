// What the reader gets when the map cannot be drawn (no WebGL, or its context was lost): a plain
// statement of why, and the islands, both sides' names and claims, and the meetings as text.
// Loaded only when needed: it reads the whole data set.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { islands } from '../data/basics';
import { claimFor, meetingsInOrder, venueById } from '../data/dispute';
import type { Lang } from '../data/schema';
import { islandLabel, type Pov } from '../state/perspective';
import { formatSpan, meetingFormat } from '../ui/format';
import { Japanese, Russian } from '../panels/Names';
import { useSides } from '../panels/sides';
import '../i18n/panels';
import type { MapUnavailable } from '../map/types';
import './fallback.css';

interface MapFallbackProps {
  reason: MapUnavailable;
  pov: Pov;
  lang: Lang;
}

export default function MapFallback({ reason, pov, lang }: MapFallbackProps) {
  const { t } = useTranslation('app');
  const { t: tp } = useTranslation('panels');
  const sides = useSides(pov, lang);
  const headingId = useId();
  return (
    // Focusable, so that a keyboard can scroll it.
    <section
      className="map-fallback"
      aria-labelledby={headingId}
      tabIndex={0}
      data-testid="map-fallback"
    >
      <h2 id={headingId}>{t(`fallback.title.${reason}`)}</h2>
      <p>{t(`fallback.why.${reason}`)}</p>
      <h3>{t('islands')}</h3>
      {islands.map((island) => (
        <article key={island.id} aria-labelledby={`${headingId}-${island.id}`}>
          <h4 id={`${headingId}-${island.id}`}>{islandLabel(island, pov, lang)}</h4>
          <div className="fallback-sides">
            {sides.map((side) => {
              const claim = claimFor(island.id, side)!;
              return (
                <div key={side} data-side={side}>
                  <p>
                    <span className="fallback-label">{t(`fallback.name.${side}`)}</span>
                    <br />
                    {side === 'japan' ? (
                      <Japanese name={island.names.japanese} />
                    ) : (
                      <Russian name={island.names.russian} />
                    )}
                  </p>
                  {/* The status text names whose position it is. */}
                  <p>
                    {claim.status.text[lang]}{' '}
                    {tp(claim.administersInPractice ? 'administers.yes' : 'administers.no')}
                  </p>
                </div>
              );
            })}
          </div>
        </article>
      ))}
      <h3>{t('fallback.meetings')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('fallback.date')}</th>
            <th scope="col">{t('fallback.venue')}</th>
            <th scope="col">{t('fallback.format')}</th>
          </tr>
        </thead>
        <tbody>
          {meetingsInOrder().map((meeting) => (
            <tr key={meeting.id}>
              <td>
                <time dateTime={meeting.date.start}>{formatSpan(meeting.date, lang)}</time>
              </td>
              <td>{venueById(meeting.venue)?.name[lang]}</td>
              <td>{meetingFormat(meeting, tp)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
