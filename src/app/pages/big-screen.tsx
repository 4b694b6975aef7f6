import { BigScreenPage } from '@/features/presenter/big-screen-page';
import { BIG_SCREEN_FRAMES } from '../frames';

export const BigScreen = () => <BigScreenPage frames={BIG_SCREEN_FRAMES} />;
