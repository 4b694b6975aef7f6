import type { ProgressChartModel } from './model/frame-model';

/** Progress towards a planned total: a bar filled to the part done, with the stated share. */
export function ProgressChartView({ chart, label }: { chart: ProgressChartModel; label: string }) {
  const done = Math.min(
    100,
    chart.total.value.value > 0 ? (chart.done.value.value / chart.total.value.value) * 100 : 0,
  );
  return (
    <div className="progress">
      <p className="progress__headline">
        <strong className="progress__share">{chart.share.text}%</strong>{' '}
        <span className="progress__of">{chart.headline}</span>
      </p>
      <svg className="progress__bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={label}>
        <rect width="100" height="8" className="progress__rest" />
        <rect width={done} height="8" className="progress__done" />
      </svg>
      <p className="progress__legend">
        <span>{`${chart.done.label} ${chart.done.quantity}`}</span>
        <span>{`${chart.total.label} ${chart.total.quantity}`}</span>
      </p>
    </div>
  );
}
