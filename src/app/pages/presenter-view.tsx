import { PresenterViewPage } from '@/features/presenter/presenter-view-page';
import { CHART_FRAMES } from '../frames';

export const PresenterView = () => <PresenterViewPage frames={CHART_FRAMES} />;
