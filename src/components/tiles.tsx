import { useTranslation } from 'react-i18next';
import { CountUp } from './count-up';
import { KitLink } from './link';
import type { TileModel, TilesChartModel } from './model/frame-model';
import { valueClass } from './value-text';

/**
 * One figure as a tile (a lone count is a tile, not a one-bar chart): its value with unit, date
 * and status, and either a link to its page (a headline) or its source sentence one click away.
 */
export function Tile({ tile, countUp = false }: { tile: TileModel; countUp?: boolean }) {
  const { t } = useTranslation();
  const value = (
    <span className={`tile__value ${valueClass(tile.value.marks)}`}>
      {countUp ? <CountUp text={tile.quantity} /> : tile.quantity}
      {tile.value.marks.derivation === 'inferred' && (
        <span className="badge badge--derived">{t('marks.inferred')}</span>
      )}
    </span>
  );
  if (tile.href)
    return (
      <KitLink href={tile.href} className="tile tile--link" data-figure-id={tile.id}>
        <span className="tile__label">{tile.label}</span>
        {value}
        {tile.detail && <span className="tile__detail">{tile.detail}</span>}
        <span className="tile__meta">{tile.meta}</span>
      </KitLink>
    );
  const { source } = tile;
  return (
    <div className="tile" data-figure-id={tile.id}>
      <p className="tile__label">{tile.label}</p>
      <p className="tile__figure">{value}</p>
      {tile.meta && <p className="tile__meta">{tile.meta}</p>}
      {source?.note && <p className="tile__note">{source.note}</p>}
      {source && (
        <details className="tile__source">
          <summary>{t('frame.sourceSentence')}</summary>
          {source.quote && <blockquote lang="zh-CN">{t('frame.quote', { quote: source.quote })}</blockquote>}
          <p>{source.line}</p>
          {source.explanation && <p>{source.explanation}</p>}
          <p className="tile__links">
            <KitLink href={source.sentenceHref}>{t('sourceDoc.inDocument')}</KitLink>
            {source.auditHref && (
              <>
                {' · '}
                <KitLink href={source.auditHref}>{t('audit.seeCheck')}</KitLink>
              </>
            )}
          </p>
        </details>
      )}
    </div>
  );
}

/** A row of tiles; `countUp` animates their figures as they appear (the big screen). */
export function TilesView({ chart, countUp = false }: { chart: TilesChartModel; countUp?: boolean }) {
  return (
    <div className="tiles">
      {chart.tiles.map((tile) => (
        <Tile key={tile.id} tile={tile} countUp={countUp} />
      ))}
    </div>
  );
}
