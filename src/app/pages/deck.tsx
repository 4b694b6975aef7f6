import { DeckPage } from '@/features/presenter/deck-page';
import { CHART_FRAMES } from '../frames';

export const Deck = () => <DeckPage frames={CHART_FRAMES} />;
