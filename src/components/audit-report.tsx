import { useTranslation } from 'react-i18next';
import type { Dataset } from '@/data/model/dataset-schema';
import type { CheckResult, FigureRef } from '@/data/model/integrity';
import { formatNumber } from '@/lib/format';
import { auditAnchor } from '@/lib/paths';
import { useLanguage } from '@/lib/use-language';
import { describeRef, resolveRef } from './model/describe-ref';

export interface AuditReportProps {
  datasets: readonly Dataset[];
  results: readonly CheckResult[];
}

/** Enough decimals to show what the recomputation really gave (96.17… for a 1-decimal rate). */
const RAW_DECIMALS = 4;

/**
 * Every integrity check: what the document states, what we recompute from its parts, the rounding
 * rule, and whether they agree. Failures come first, naming every figure involved.
 */
export function AuditReport({ datasets, results }: AuditReportProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const failing = results.filter((r) => r.status !== 'pass');
  const name = (ref: string) => describeRef(datasets, ref, language);
  const value = (r: FigureRef) =>
    r.value === undefined
      ? t('audit.missing')
      : formatNumber(r.value, language, resolveRef(datasets, r.ref).figure?.decimals ?? 0);
  const figure = (r: FigureRef) => (
    <>
      <span className="audit__figure-name">{name(r.ref)}</span> = <span className="audit__value">{value(r)}</span>
      <code>{r.ref}</code>
    </>
  );
  const sorted = [...failing, ...results.filter((r) => r.status === 'pass')];

  return (
    <>
      <div className={`audit-summary audit-summary--${failing.length ? 'fail' : 'pass'}`} aria-live="polite">
        <p>
          {failing.length === 0
            ? t('audit.allPass', { count: results.length })
            : t('audit.someFail', { failing: failing.length, count: results.length })}
        </p>
        {failing.length > 0 && (
          <ul>
            {failing.map((r) => (
              <li key={`${r.datasetId}:${r.id}`} data-check={`${r.datasetId}:${r.id}`}>
                {t(`audit.failSentence.${r.status === 'fail' ? 'fail' : 'unresolved'}`, {
                  check: r.label[language],
                  stated: `${name(r.stated.ref)} = ${value(r.stated)}`,
                  recomputed:
                    r.rounded === undefined ? t('audit.missing') : formatNumber(r.rounded, language, r.rule.decimals),
                  inputs: r.inputs.map((i) => `${name(i.ref)} = ${value(i)}`).join(t('audit.listSeparator')),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
      {/* Focusable so keyboard users can scroll the wide table (axe scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('audit.tableCaption')}>
        <table className="data-table audit-table">
          <caption>{t('audit.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.check')}</th>
              <th scope="col">{t('audit.stated')}</th>
              <th scope="col">{t('audit.inputs')}</th>
              <th scope="col" className="num">
                {t('audit.recomputed')}
              </th>
              <th scope="col">{t('audit.rule')}</th>
              <th scope="col">{t('audit.result')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr
                key={`${r.datasetId}:${r.id}`}
                id={auditAnchor(`${r.datasetId}:${r.id}`)}
                data-check={`${r.datasetId}:${r.id}`}
                data-status={r.status}
              >
                <th scope="row">
                  {r.label[language]}
                  <span className="audit__type">{t(`audit.types.${r.type}`)}</span>
                </th>
                <td>{figure(r.stated)}</td>
                <td>
                  <ul className="audit__inputs">
                    {r.inputs.map((i) => (
                      <li key={i.ref}>{figure(i)}</li>
                    ))}
                  </ul>
                </td>
                <td className="num">
                  {r.recomputed === undefined ? (
                    t('audit.missing')
                  ) : (
                    <>
                      <span className="figure figure--derived">
                        {formatNumber(r.rounded ?? r.recomputed, language, r.rule.decimals)}
                      </span>
                      {r.rounded !== r.recomputed && (
                        <span className="audit__raw">
                          {t('audit.beforeRounding', { value: formatNumber(r.recomputed, language, RAW_DECIMALS) })}
                        </span>
                      )}
                    </>
                  )}
                </td>
                <td>{t('audit.ruleHalfUp', { count: r.rule.decimals })}</td>
                <td>
                  <span className={`audit-status audit-status--${r.status}`}>{t(`audit.status.${r.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
