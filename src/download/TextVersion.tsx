// The text version of the map: the four island units with who administered them in the year
// shown and each side's claim, the lines in force that year, the meetings as a table to sort and
// filter, and the events as a list. It needs no WebGL: it reads the data set the map draws.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { administeringSide } from '../data/administration';
import { firstDay, inForceOn, lastDay, precisionOf } from '../data/dates';
import { dispute, eventsUntil } from '../data/dispute';
import type { Island, Lang, Line, Side } from '../data/schema';
import { sideNameKey, today } from '../data/years';
import '../i18n/history';
import '../i18n/panels';
import { formatDate } from '../i18n/format';
import { islandLabel, lineKind, sidesInOrder, type Pov } from '../state/perspective';
import { formatSpan } from '../ui/format';
import { Position } from '../ui/Position';
import { Sources } from '../ui/Sources';
import { MeetingsTable } from './MeetingsTable';

export interface TextVersionProps {
  lang: Lang;
  pov: Pov;
  /** The day the map shows (the chosen year's last day, or today). */
  date: string;
}

export default function TextVersion({ lang, pov, date }: TextVersionProps) {
  const { t } = useTranslation('download', { lng: lang });
  const { t: tp } = useTranslation('panels', { lng: lang });
  const headingId = useId();
  const year = Number(date.slice(0, 4));
  const sides = sidesInOrder(pov, lang, (side) => tp(`side.${side}`));
  const lines = dispute.lines.lines.filter((line) => inForceOn(line, date));
  const events = eventsUntil(today());

  return (
    <div className="text-version" data-testid="text-version">
      <p>{t('text.intro', { year })}</p>

      <section aria-labelledby={`${headingId}-islands`}>
        <h3 id={`${headingId}-islands`}>{t('text.islandsHeading', { year })}</h3>
        {dispute.islands.islands.map((island) => (
          <IslandText key={island.id} island={island} sides={sides} {...{ lang, pov, date }} />
        ))}
      </section>

      <section aria-labelledby={`${headingId}-lines`} data-testid="text-lines">
        <h3 id={`${headingId}-lines`}>{t('text.linesHeading', { year })}</h3>
        {lines.length === 0 ? (
          <p>{t('text.noLines', { year })}</p>
        ) : (
          <ul className="text-list">
            {lines.map((line) => (
              <LineText key={line.id} line={line} lang={lang} pov={pov} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${headingId}-meetings`}>
        <h3 id={`${headingId}-meetings`}>{t('text.meetingsHeading')}</h3>
        <MeetingsTable lang={lang} />
      </section>

      <section aria-labelledby={`${headingId}-events`}>
        <h3 id={`${headingId}-events`}>{t('text.eventsHeading')}</h3>
        <p>{t('text.eventsIntro', { count: events.length })}</p>
        <ol className="text-list text-events" data-testid="text-events">
          {events.map((event) => {
            const later = firstDay(event.date.start) > lastDay(date);
            return (
              <li key={event.id} data-event={event.id} data-later={later || undefined}>
                <p>
                  <time dateTime={event.date.start}>{formatSpan(event.date, lang)}</time>
                  {tp('colon')}
                  <strong>{event.title[lang]}</strong>
                  {later && <span className="text-badge"> {t('text.eventsAfter', { year })}</span>}
                </p>
                <p>
                  {event.summary[lang]} <Sources ids={event.sources} />
                </p>
                {(['japan', 'russia'] as const).map((side) => {
                  const reading = event.readings?.[side];
                  return (
                    reading && (
                      <p key={side} data-side={side}>
                        <span className="text-label">{tp(`reading.${side}`)}</span>
                        {tp('colon')}
                        {reading.text[lang]} <Sources ids={reading.sources} />
                      </p>
                    )
                  );
                })}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

interface IslandTextProps {
  island: Island;
  sides: Side[];
  lang: Lang;
  pov: Pov;
  date: string;
}

/** One island unit: its names, who administered it on the day shown, and each side's claim. */
function IslandText({ island, sides, lang, pov, date }: IslandTextProps) {
  const { t } = useTranslation('download', { lng: lang });
  const { t: th } = useTranslation('history', { lng: lang });
  const { t: ta } = useTranslation('app', { lng: lang });
  const headingId = useId();
  const year = Number(date.slice(0, 4));
  const administering = administeringSide(island.id, date);
  const { japanese, russian } = island.names;
  return (
    <article aria-labelledby={headingId} data-island={island.id}>
      <h4 id={headingId}>{islandLabel(island, pov, lang)}</h4>
      <p>
        <span className="text-label">{t('text.japaneseName')}</span>{' '}
        <span lang="ja">{japanese.kanji}</span> (<span lang="ja-Latn">{japanese.romaji}</span>);{' '}
        <span className="text-label">{t('text.russianName')}</span>{' '}
        <span lang="ru">{russian.cyrillic}</span> (<span lang="ru-Latn">{russian.latin}</span>)
      </p>
      <p data-testid="text-administration" data-side={administering ?? 'none'}>
        {administering
          ? th('islandStatus', {
              year,
              side: ta(`sideName.${sideNameKey(administering, date)}`),
            })
          : th('islandNoStatus', { year })}
      </p>
      <div className="sides">
        {sides.map((side) => (
          <Position key={side} island={island.id} side={side} lang={lang} heading="h5" />
        ))}
      </div>
    </article>
  );
}

/** A line in force: what it is, what this view draws it as, what each side calls it. */
function LineText({ line, lang, pov }: { line: Line; lang: Lang; pov: Pov }) {
  const { t } = useTranslation('download', { lng: lang });
  const { t: tp } = useTranslation('panels', { lng: lang });
  const date = (iso: string) => formatDate(iso, lang, precisionOf(iso));
  return (
    <li data-line={line.id}>
      <p>
        <strong>{line.name[lang]}</strong>
        {tp('colon')}
        {line.validTo === null
          ? t('text.lineSince', { from: date(line.validFrom) })
          : t('text.lineFromTo', { from: date(line.validFrom), to: date(line.validTo) })}
      </p>
      <p>
        {line.description[lang]} <Sources ids={line.sources} />
      </p>
      <p>
        <span className="text-label">{t('text.lineView')}</span>{' '}
        {tp(`lineKind.${lineKind(line, pov)}`)}
      </p>
      {line.viewedAs.japan !== line.viewedAs.russia && (
        <p>
          {t('text.lineViewedAs', {
            japan: tp(`lineKind.${line.viewedAs.japan}`),
            russia: tp(`lineKind.${line.viewedAs.russia}`),
          })}
        </p>
      )}
    </li>
  );
}
