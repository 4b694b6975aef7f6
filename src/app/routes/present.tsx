import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { SlideShow } from '@/features/presenter/components/slide-show';
import { deckQuery, parseSlideNumber } from '@/features/presenter/model/deck';
import { DeckSlide, deckTitle, slideTitle, useDeck } from '../presenter';

/** Query with one parameter changed, keeping the others and the deck readable. */
function withParam(search: string, name: string, value: string | null): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  return params.toString().replace(/%2C/g, ',').replace(/%21/g, '!');
}

/** The presenter: the deck named in the URL (or the presenter's own, or the default) as slides. */
export function PresentRoute() {
  const { t } = useTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  const { deck, named } = useDeck(search);
  const count = deck.entries.length;
  const params = new URLSearchParams(search);
  const index = parseSlideNumber(params.get('slide'), count) - 1;
  const go = (i: number) => {
    const query = withParam(search, 'slide', i === 0 ? null : String(i + 1));
    navigate(query ? `/present?${query}` : '/present', { replace: true });
  };
  return (
    <SlideShow
      title={deckTitle(deck, t)}
      count={count}
      index={index}
      onNavigate={go}
      durations={deck.entries.map((e) => e.duration)}
      autoplay={params.get('play') === '1'}
      onPlayingChange={(playing) => {
        // The loop state is in the URL too, so a reload of a meeting-room screen keeps looping.
        if (playing !== (new URLSearchParams(window.location.search).get('play') === '1')) {
          const query = withParam(window.location.search.slice(1), 'play', playing ? '1' : null);
          navigate(query ? `/present?${query}` : '/present', { replace: true });
        }
      }}
      onLeave={() => navigate(named ? `/deck?${deckQuery(deck)}` : '/deck')}
      renderSlide={(i) => {
        const entry = deck.entries[i];
        return entry ? <DeckSlide entry={entry} index={i} total={count} /> : null;
      }}
      describeSlide={(i) => {
        const entry = deck.entries[i];
        return t('presenter.describe', { slide: i + 1, total: count, title: entry ? slideTitle(entry, t) : '' });
      }}
    />
  );
}
