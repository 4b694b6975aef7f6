import { EmbedPage } from '@/features/embed/embed-page';
import { CHART_FRAMES } from '../frames';

export const Embed = () => <EmbedPage frames={CHART_FRAMES} />;
