import { tilesFrame } from '@/components/model/figure-frames';
import { headlineTile } from '@/components/model/tiles';
import { figureValue } from '@/components/model/values';
import type { Dataset, Figure } from '@/data/model/dataset-schema';
import { figureById } from '@/data/model/figures';
import { paths } from '@/lib/paths';
import { defineFrame } from '@/frames/definition';

/**
 * The document's six headline figures as tiles, each linking to its page: the overview shows them
 * with a line of detail under each, the big screen across its top.
 */
export const headlinesFrame = defineFrame({
  id: 'headlines',
  page: paths.overview,
  title: (t) => t('bigScreen.figures'),
  needs: { datasets: ['divisions', 'rule-of-law', 'renovation', 'consultation', 'self-governance'] },
  skeletonHeight: 180,
  select(data, _view, locale) {
    const { t } = locale;
    const divisions = data.dataset('divisions');
    const ruleOfLaw = data.dataset('rule-of-law');
    const renovation = data.dataset('renovation');
    const consultation = data.dataset('consultation');
    const selfGovernance = data.dataset('self-governance');
    const text = (dataset: Dataset, id: string) => figureValue(dataset.id, figureById(dataset, id), locale).text;
    const percent = (dataset: Dataset, id: string) => `${text(dataset, id)}%`;
    const tile = (dataset: Dataset, id: string, label: string, href: string, detail?: string) => {
      const figure: Figure = figureById(dataset, id);
      return { dataset, figure, label, tile: headlineTile(dataset, figure, label, href, locale, detail) };
    };
    return tilesFrame(
      'headlines',
      t('bigScreen.figures'),
      [
        tile(
          divisions,
          'total.city',
          t('overview.totalLabel'),
          paths.counties,
          t('overview.totalDetail', {
            villages: text(divisions, 'villages.city'),
            communities: text(divisions, 'communities.city'),
          }),
        ),
        tile(
          ruleOfLaw,
          'disputes.resolved',
          t('overviewTiles.disputes'),
          paths.ruleOfLaw,
          t('overviewTiles.disputesDetail', {
            found: text(ruleOfLaw, 'disputes.found'),
            rate: percent(ruleOfLaw, 'disputes.resolution-rate'),
          }),
        ),
        tile(renovation, 'compounds.2022-2023', t('overviewTiles.renovated'), paths.renovation),
        tile(
          renovation,
          'investment-completed.2023',
          t('overviewTiles.investment'),
          paths.renovation,
          t('overviewTiles.investmentDetail', { rate: percent(renovation, 'investment-completed-share.2023') }),
        ),
        tile(
          consultation,
          'councils',
          t('overviewTiles.councils'),
          paths.ruleOfLaw,
          t('overviewTiles.councilsDetail', { rate: percent(consultation, 'councils.rate') }),
        ),
        tile(selfGovernance, 'five-star-communities', t('overviewTiles.fiveStar'), paths.community),
      ],
      locale,
    );
  },
});
