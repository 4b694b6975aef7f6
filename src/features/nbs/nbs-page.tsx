import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nbsChinaQueryOptions } from '@/data/api/get-nbs-china';
import { puyangNbs } from '@/data/model/nbs-puyang';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import { Frame } from '@/frames/frame';
import { CityPicker } from './components/city-picker';
import { nbsCityFrame, nbsComparisonFrame } from './frames';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/**
 * The reply's village and community counts beside the NBS statistical division codes (2023
 * release, same cut-off as most of the reply), and any other city's county breakdown on request.
 */
export function NbsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [viewState, setViewState] = useViewState();
  usePageMeta(pageMeta(t, t('nav.nbs'), t('meta.nbs')));
  // The all-China file loads only when the picker is used or a city is in the URL.
  const [wanted, setWanted] = useState(false);
  const china = useQuery({ ...nbsChinaQueryOptions(), enabled: wanted || viewState.city !== null });
  const { release, rule } = puyangNbs;
  return (
    <>
      <h1 className="page-title">{t('nav.nbs')}</h1>
      <p className="page-intro">{t('nbs.intro')}</p>
      <section className="nbs-about" aria-labelledby="nbs-rule">
        <h2 id="nbs-rule" className="section-title">
          {t('nbs.ruleTitle')}
        </h2>
        <p>{rule[language]}</p>
        <p className="nbs-provenance">
          {t('nbs.provenance', {
            issuer: release.issuer[language],
            release: release[language],
            cutoff: formatDate(release.cutoff, language),
            published: formatDate(release.published, language),
            package: `${puyangNbs.package.name} ${puyangNbs.package.version}`,
          })}
        </p>
      </section>
      <Frame definition={nbsComparisonFrame} />
      <section className="nbs-about" aria-labelledby="nbs-why">
        <h2 id="nbs-why" className="section-title">
          {t('nbs.whyTitle')}
        </h2>
        <ul>
          <li>{t('nbs.why.zones')}</li>
          <li>{t('nbs.why.date')}</li>
          <li>{t('nbs.why.definition')}</li>
          <li>{t('nbs.why.similar')}</li>
        </ul>
        <p>{t('nbs.why.neither')}</p>
      </section>
      <section className="nbs-about" aria-labelledby="nbs-wider">
        <h2 id="nbs-wider" className="section-title">
          {t('nbs.widerTitle')}
        </h2>
        <p>{t('nbs.widerIntro')}</p>
        <CityPicker
          cities={china.data?.cities}
          loading={china.isFetching}
          onWanted={() => setWanted(true)}
          onPick={(city) => setViewState({ ...viewState, city: city.code })}
        />
      </section>
      {viewState.city !== null && <Frame definition={nbsCityFrame} />}
    </>
  );
}
