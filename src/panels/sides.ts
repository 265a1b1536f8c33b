import { useTranslation } from 'react-i18next';
import type { Lang, Side } from '../data/schema';
import { sidesInOrder, type Pov } from '../state/perspective';

/** The two sides in the order the perspective gives, with their names in the reader's language. */
export function useSides(pov: Pov, lang: Lang): Side[] {
  const { t } = useTranslation('panels');
  return sidesInOrder(pov, lang, (side) => t(`side.${side}`));
}
