import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  correctionsForMeeting,
  dispute,
  eventById,
  meetingsForVenue,
  personById,
  roleById,
  venueById,
} from '../data/dispute';
import type { Lang, Meeting, Participant, Side } from '../data/schema';
import { MEETING_FORMATS, type MeetingFormat } from '../data/meetingFormats';
import { sidesInOrder } from '../state/perspective';
import { formatSpan, meetingFormat } from '../ui/format';
import { Panel } from './Panel';
import { PanelCitation } from '../ui/PanelCitation';
import { Section } from './Section';
import { Sources } from '../ui/Sources';

interface VenuePanelProps {
  venueId: string;
  lang: Lang;
  /** A meeting picked on the trail: marked and scrolled into view. */
  highlight: string | null;
  onClose(): void;
}

/** The meetings of a venue grouped by format, in the order of MEETING_FORMATS; empty groups left out. */
function byFormat(meetings: Meeting[]): [MeetingFormat, Meeting[]][] {
  return MEETING_FORMATS.map((format): [MeetingFormat, Meeting[]] => [
    format,
    meetings.filter((meeting) => meeting.format === format),
  ]).filter(([, group]) => group.length > 0);
}

/** The meetings held in one city, grouped by format, newest first within each format. */
export function VenuePanel({ venueId, lang, highlight, onClose }: VenuePanelProps) {
  const { t } = useTranslation('panels');
  const venue = venueById(venueId);
  if (!venue) return null;
  const meetings = meetingsForVenue(venueId).reverse();
  const unconfirmed = dispute.meetings.unconfirmedMeetings.filter((m) => m.venue === venueId);
  const sides = sidesInOrder('neutral', lang, (side) => t(`side.${side}`));
  const otherNames = (['en', 'ru', 'ja'] as const).filter((l) => l !== lang);
  return (
    <Panel
      subject={venue.id}
      title={venue.name[lang]}
      label={t('venuePanel', { name: venue.name[lang] })}
      className="venue-panel"
      onClose={onClose}
    >
      <p className="other-names">
        {otherNames.map((l, index) => (
          <span key={l}>
            {index > 0 && ' · '}
            <span lang={l}>{venue.name[l]}</span>
          </span>
        ))}
      </p>
      {venue.note && <p className="note">{venue.note[lang]}</p>}
      <PanelCitation label={t('cite')} within=".panel-body" />
      {meetings.length > 0 && (
        <Section name="meetings" title={t('section.meetings', { count: meetings.length })}>
          {byFormat(meetings).map(([format, group]) => (
            <section key={format} className="meeting-group" data-format={format}>
              <h4>
                {t(`formatGroup.${format}`)} ({group.length})
              </h4>
              <ol className="meetings" data-testid="meetings">
                {group.map((meeting) => (
                  <MeetingItem
                    key={meeting.id}
                    meeting={meeting}
                    sides={sides}
                    lang={lang}
                    highlighted={meeting.id === highlight}
                  />
                ))}
              </ol>
            </section>
          ))}
        </Section>
      )}
      {unconfirmed.length > 0 && (
        <Section name="unconfirmed" title={t('section.unconfirmed')}>
          <ul className="meetings">
            {unconfirmed.map((meeting) => (
              <li key={meeting.id}>
                <h4>
                  <time dateTime={meeting.date.start}>{formatSpan(meeting.date, lang)}</time>{' '}
                  {t(`format.${meeting.format}`)}
                </h4>
                {meeting.date.note && <p className="note">{meeting.date.note[lang]}</p>}
                <p>
                  {meeting.description[lang]} <Sources ids={meeting.sources} />
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </Panel>
  );
}

interface MeetingItemProps {
  meeting: Meeting;
  sides: Side[];
  lang: Lang;
  highlighted: boolean;
}

function MeetingItem({ meeting, sides, lang, highlighted }: MeetingItemProps) {
  const { t } = useTranslation('panels');
  const event = meeting.event ? eventById(meeting.event) : undefined;
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (highlighted) item.current?.scrollIntoView({ block: 'nearest' });
  }, [highlighted]);
  return (
    <li
      ref={item}
      data-meeting={meeting.id}
      data-date={meeting.date.start}
      className={highlighted ? 'highlighted' : undefined}
      aria-current={highlighted ? 'true' : undefined}
    >
      <h5>
        <time dateTime={meeting.date.start}>{formatSpan(meeting.date, lang)}</time>{' '}
        <span className="format">{meetingFormat(meeting, t)}</span>
      </h5>
      {meeting.occasion && <p className="note">{meeting.occasion[lang]}</p>}
      {meeting.date.note && <p className="note">{meeting.date.note[lang]}</p>}
      <dl className="sides participants">
        {sides.map((side) => (
          <div key={side} className={`side side-${side}`} data-side={side}>
            <dt>{t(`side.${side}`)}</dt>
            <Participants participants={meeting.participants[side]} lang={lang} />
          </div>
        ))}
        {meeting.participants.others && (
          <div className="side side-other" data-side="other">
            <dt>{t('side.other')}</dt>
            <Participants participants={meeting.participants.others} lang={lang} />
          </div>
        )}
      </dl>
      <p>
        <span className="label">{t('outcome')}</span> {meeting.outcome[lang]}
      </p>
      {event && (
        <p className="note">
          {t('partOf')} {event.title[lang]}
        </p>
      )}
      <p className="note">
        <Sources ids={meeting.sources} />
      </p>
      {correctionsForMeeting(meeting.id).map((correction) => (
        <div key={correction.id} className={`correction verdict-${correction.verdict}`}>
          <p>
            <span className="label">{t(`correction.${correction.verdict}`)}</span>{' '}
            {correction.claim[lang]}{' '}
            <Sources ids={correction.claimSources} label={t('reportedIn')} />
          </p>
          <p>
            {correction.finding[lang]} <Sources ids={correction.sources} />
          </p>
        </div>
      ))}
    </li>
  );
}

/** The people of one party at a meeting, each with the office held then. */
function Participants({ participants, lang }: { participants: Participant[]; lang: Lang }) {
  const { t } = useTranslation('panels');
  if (participants.length === 0) return <dd className="note">{t('noParticipant')}</dd>;
  return participants.map(({ person, role }) => (
    <dd key={person}>
      {personById(person)?.name[lang]}
      {t('listSeparator')}
      <span className="role">{roleById(role)?.title[lang]}</span>
    </dd>
  ));
}
