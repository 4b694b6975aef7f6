import { PresentPage } from '@/features/presenter/present-page';
import { CHART_FRAMES } from '../frames';

export const Present = () => <PresentPage frames={CHART_FRAMES} />;
