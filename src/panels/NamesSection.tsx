import { useTranslation } from 'react-i18next';
import { dispute, isletsForIsland } from '../data/dispute';
import type { Island, Lang } from '../data/schema';
import { AinuOriginList, Japanese, Native, Russian } from './Names';
import { Section } from './Section';
import { Sources } from '../ui/Sources';

/**
 * `complete`: with the Ainu origins and the islets, which follow the panel's first frame (a click
 * paints the names the section opens with first).
 */
export function NamesSection({
  island,
  lang,
  complete,
}: {
  island: Island;
  lang: Lang;
  complete: boolean;
}) {
  const { t } = useTranslation('panels');
  const { english, russian, japanese, variants = [], sources } = island.names;
  const islets = isletsForIsland(island.id);
  return (
    <Section name="names" title={t('section.names')}>
      <table className="names" data-testid="island-names">
        <tbody>
          <tr>
            <th scope="row">{t('names.englishFromRussian')}</th>
            <td lang="en">{english.russianDerived}</td>
          </tr>
          <tr>
            <th scope="row">{t('names.englishFromJapanese')}</th>
            <td lang="en">{english.japaneseDerived}</td>
          </tr>
          <tr>
            <th scope="row">{t('names.russian')}</th>
            <td>
              <Russian name={russian} />
            </td>
          </tr>
          <tr>
            <th scope="row">{t('names.japanese')}</th>
            <td>
              <Japanese name={japanese} />
            </td>
          </tr>
          {variants.map((variant) => (
            <tr key={variant.text}>
              <th scope="row">{t(`names.variant.${variant.lang}`)}</th>
              <td>
                <Native {...variant} />
                <div className="note">
                  {variant.usage[lang]} <Sources ids={variant.sources} />
                </div>
              </td>
            </tr>
          ))}
          {complete && (
            <tr>
              <th scope="row">{t('names.ainu')}</th>
              <td data-testid="ainu-origin">
                <AinuOriginList origin={island.ainu} lang={lang} />
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="note">
        <Sources ids={sources} />
      </p>
      {complete && <p className="note">{t('names.ainuCaveat')}</p>}

      {complete && islets.length > 0 && (
        <>
          <h4>{t('names.islets')}</h4>
          <table className="names islets" data-testid="islet-names">
            <thead>
              <tr>
                <th scope="col">{t('names.russian')}</th>
                <th scope="col">{t('names.japanese')}</th>
              </tr>
            </thead>
            <tbody>
              {islets.map((islet) => (
                <tr key={islet.id}>
                  <td>
                    <Russian name={islet.names.russian} />
                  </td>
                  <td>
                    <Japanese name={islet.names.japanese} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="note">
            <Sources ids={islets.flatMap((islet) => islet.names.sources)} />
          </p>
          <h5>{t('names.isletsAinu')}</h5>
          <ul className="plain" data-testid="islet-ainu">
            {islets.map(
              (islet) =>
                islet.ainu && (
                  <li key={islet.id}>
                    <Japanese name={islet.names.japanese} /> /{' '}
                    <Russian name={islet.names.russian} />
                    <AinuOriginList origin={islet.ainu} lang={lang} />
                  </li>
                ),
            )}
          </ul>
          {dispute.islands.unpairedIsletNames.length > 0 && (
            <>
              <h5>{t('names.unpaired')}</h5>
              <ul className="plain">
                {dispute.islands.unpairedIsletNames.map((name) => (
                  <li key={name.text}>
                    <Native {...name} /> <span className="note">{name.note[lang]}</span>{' '}
                    <Sources ids={name.sources} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}

      <h4>{t('names.collective')}</h4>
      <ul className="plain">
        {dispute.islands.collectiveNames.map((name) => (
          <li key={name.id}>
            <Native {...name} /> <span className="meaning">({name.meaning[lang]})</span>{' '}
            <span className="note">{name.usage[lang]}</span> <Sources ids={name.sources} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
