import { OverviewPage } from '@/features/overview/overview-page';
import { OVERVIEW_CHART } from '../frames';

export const Overview = () => <OverviewPage countiesFrame={OVERVIEW_CHART} />;
