import { SourcePage } from '@/features/source-document/source-page';
import { ALL_FRAMES } from '../frames';

export const Source = () => <SourcePage frames={ALL_FRAMES} />;
