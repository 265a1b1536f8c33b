import { useTranslation } from 'react-i18next';
import type { Island, Lang } from '../data/schema';
import { islandLabel, type Pov } from '../state/perspective';
import { DifferencesSection } from './DifferencesSection';
import { FactsSection } from './FactsSection';
import { HistorySection } from './HistorySection';
import { NamesSection } from './NamesSection';
import { Panel } from './Panel';
import { PanelCitation } from '../ui/PanelCitation';
import { PositionsSection } from './PositionsSection';
import { useSides } from './sides';
import { Contents } from './Contents';
import { usePainted } from './usePainted';
import { administeringSide } from '../data/administration';
import { islandById } from '../data/dispute';
import { sideNameKey } from '../data/years';
import '../i18n/history';

const SECTIONS = ['names', 'positions', 'differences', 'facts', 'history'];

interface IslandPanelProps {
  /** The selected island: the first view's slice is enough, the panel reads the cited record. */
  island: Pick<Island, 'id'>;
  pov: Pov;
  lang: Lang;
  /** The past year the map shows, and its day; null: today. */
  year: number | null;
  date: string;
  onClose(): void;
}

/** Everything about one island: names, each side's position, what differs, facts, history. */
export function IslandPanel({
  island: selected,
  pov,
  lang,
  year,
  date,
  onClose,
}: IslandPanelProps) {
  const island = islandById(selected.id)!;
  const { t } = useTranslation('panels');
  const { t: th } = useTranslation('history');
  const side = year === null ? null : administeringSide(island.id, date);
  const sides = useSides(pov, lang);
  // The label is written in the reader's script (transcribed where needed), so it takes their lang.
  const name = islandLabel(island, pov, lang);
  // A click paints the heading and the names first; the sections after them, which start at or
  // below the fold of a docked panel, render once that frame is painted. The positions alone are
  // three times the DOM of all above them and delayed a click's panel by about 40 ms.
  const belowFold = usePainted();
  return (
    <Panel
      subject={island.id}
      title={<span lang={lang}>{name}</span>}
      label={t('islandPanel', { name })}
      className="island-panel"
      onClose={onClose}
    >
      {year !== null && (
        <p className="year-status" data-testid="island-year-status">
          {side
            ? th('islandStatus', { year, side: th(`app:sideName.${sideNameKey(side, date)}`) })
            : th('islandNoStatus', { year })}
        </p>
      )}
      <Contents sections={SECTIONS} />
      <PanelCitation label={t('cite')} within=".panel-body" />
      <NamesSection island={island} lang={lang} complete={belowFold} />
      {belowFold && (
        <>
          <PositionsSection island={island.id} sides={sides} lang={lang} />
          <DifferencesSection island={island.id} sides={sides} lang={lang} />
          <FactsSection island={island} lang={lang} />
          <HistorySection
            island={island.id}
            sides={sides}
            lang={lang}
            until={year === null ? null : { year, date }}
          />
        </>
      )}
    </Panel>
  );
}
