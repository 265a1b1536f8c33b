// The meetings as a table: sorted by date, city or format (the column headers are buttons; the
// sorted column says so with aria-sort) and filtered by year, city and format.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingsInOrder, personById, venueById } from '../data/dispute';
import type { Lang } from '../data/ids';
import { MEETING_FORMATS, type MeetingFormat } from '../data/meetingFormats';
import type { Meeting } from '../data/schema';
import { compareNames } from '../i18n/format';
import { formatSpan, meetingFormat } from '../ui/format';
import '../ui/controls.css';
import {
  filterMeetings,
  sortMeetings,
  yearOf,
  type MeetingFilter,
  type MeetingRow,
  type MeetingSortKey,
  type SortDirection,
} from './textVersion';

type Row = MeetingRow & { meeting: Meeting };

const NO_FILTER: MeetingFilter = { year: null, city: null, format: null };
const PARTIES = ['japan', 'russia', 'others'] as const;

export function MeetingsTable({ lang }: { lang: Lang }) {
  const { t } = useTranslation('download', { lng: lang });
  const { t: tp } = useTranslation('panels', { lng: lang });
  const id = useId();
  const [sort, setSort] = useState<{ key: MeetingSortKey; direction: SortDirection }>({
    key: 'date',
    direction: 'ascending',
  });
  const [filter, setFilter] = useState<MeetingFilter>(NO_FILTER);

  const rows = useMemo<Row[]>(
    () =>
      meetingsInOrder().map((meeting) => ({
        id: meeting.id,
        start: meeting.date.start,
        format: meeting.format,
        city: venueById(meeting.venue)!.name[lang],
        meeting,
      })),
    [lang],
  );
  const byName = compareNames(lang);
  const years = [...new Set(rows.map((row) => yearOf(row.start)))];
  const cities = [...new Set(rows.map((row) => row.city))].sort(byName);
  const formats = MEETING_FORMATS.filter((format) => rows.some((row) => row.format === format));
  const shown = sortMeetings(filterMeetings(rows, filter), sort.key, sort.direction, byName);
  const filtered = Object.values(filter).some((value) => value !== null);

  const sortBy = (key: MeetingSortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const column = (key: MeetingSortKey) => t(`text.columns.${key}`);

  return (
    <>
      <fieldset className="text-filters">
        <legend>{t('text.filters')}</legend>
        <FilterSelect
          label={t('text.filterYear')}
          name="year"
          value={filter.year}
          options={years.map((year) => [year, String(year)])}
          all={t('text.all')}
          onChange={(year) => setFilter({ ...filter, year: year === null ? null : Number(year) })}
        />
        <FilterSelect
          label={t('text.filterCity')}
          name="city"
          value={filter.city}
          options={cities.map((city) => [city, city])}
          all={t('text.all')}
          onChange={(city) => setFilter({ ...filter, city })}
        />
        <FilterSelect
          label={t('text.filterFormat')}
          name="format"
          value={filter.format}
          options={formats.map((format) => [format, tp(`format.${format}`)])}
          all={t('text.all')}
          onChange={(format) => setFilter({ ...filter, format: format as MeetingFormat | null })}
        />
        <button
          type="button"
          className="control"
          disabled={!filtered}
          onClick={() => setFilter(NO_FILTER)}
        >
          {t('text.resetFilters')}
        </button>
      </fieldset>

      {/* A focusable scroller, so that a keyboard can scroll a table wider than the screen. */}
      <div
        className="text-table-scroll"
        role="region"
        aria-labelledby={`${id}-caption`}
        tabIndex={0}
      >
        <table className="text-table" data-testid="meetings-table">
          <caption id={`${id}-caption`}>
            {t('text.meetingsCaption', { shown: shown.length, total: rows.length })}
            {', '}
            {t('text.meetingsCaptionSorted', {
              column: column(sort.key),
              direction: t(`text.${sort.direction}`),
            })}
          </caption>
          <thead>
            <tr>
              {(['date', 'city', 'format'] as const).map((key) => (
                <th
                  key={key}
                  scope="col"
                  aria-sort={sort.key === key ? sort.direction : undefined}
                  data-column={key}
                >
                  <button type="button" className="text-sort" onClick={() => sortBy(key)}>
                    {column(key)}
                    <span aria-hidden="true" className="text-sort-arrow">
                      {sort.key !== key ? '↕' : sort.direction === 'ascending' ? '↑' : '↓'}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('text.columns.participants')}</th>
              <th scope="col">{t('text.columns.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ meeting, city }) => (
              <tr key={meeting.id} data-meeting={meeting.id}>
                <td data-column="date">
                  <time dateTime={meeting.date.start}>{formatSpan(meeting.date, lang)}</time>
                </td>
                <td data-column="city">{city}</td>
                <td data-column="format" data-format={meeting.format}>
                  {meetingFormat(meeting, tp)}
                </td>
                <td>
                  {PARTIES.map((party) => {
                    const people = meeting.participants[party] ?? [];
                    return (
                      people.length > 0 && (
                        <p key={party}>
                          <span className="text-label">
                            {tp(`side.${party === 'others' ? 'other' : party}`)}
                          </span>
                          {tp('colon')}
                          {people
                            .map((p) => personById(p.person)!.name[lang])
                            .join(tp('listSeparator'))}
                        </p>
                      )
                    );
                  })}
                </td>
                <td>{meeting.outcome[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Always there, so that a screen reader hears each change of the filters. */}
      <p role="status" className="text-count">
        {shown.length === 0
          ? t('text.noMeetings')
          : t('text.shownCount', { shown: shown.length, total: rows.length })}
      </p>
    </>
  );
}

/** One filter of the table: a labelled list of its values, the first of them "all" (null). */
function FilterSelect(props: {
  label: string;
  name: keyof MeetingFilter;
  value: string | number | null;
  options: [value: string | number, text: string][];
  all: string;
  onChange(value: string | null): void;
}) {
  const { label, name, value, options, all, onChange } = props;
  return (
    <label>
      {label}
      <select
        className="control"
        data-filter={name}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{all}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
