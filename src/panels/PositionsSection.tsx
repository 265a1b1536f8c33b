import { useTranslation } from 'react-i18next';
import { Position } from '../ui/Position';
import { Section, type IslandSectionProps } from './Section';

/** Japan's and Russia's positions on one island, side by side, each in its own terms. */
export function PositionsSection({ island, sides, lang }: IslandSectionProps) {
  const { t } = useTranslation('panels');
  return (
    <Section name="positions" title={t('section.positions')}>
      <div className="sides" data-testid="positions">
        {sides.map((side) => (
          <Position key={side} island={island} side={side} lang={lang} heading="h4" />
        ))}
      </div>
    </Section>
  );
}
