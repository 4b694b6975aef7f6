/**
 * Re-derives every checkable figure: the relations a dataset declares in `checks` (parts add up
 * to a total, a rate matches its parts) and every derived figure's own derivation. Pure functions:
 * the audit page, the tests and the build all call the same code.
 */
import type { Check, DatasetFixture, Figure, LocalizedText } from './dataset-schema';

/** How a recomputed value is compared with the published one. */
export interface RoundingRule {
  kind: 'round-half-up';
  /** Decimal places the published figure has (`96.2` → 1). */
  decimals: number;
}

export interface FigureRef {
  /** `datasetId:figureId`. */
  ref: string;
  value: number | undefined;
}

export type CheckStatus = 'pass' | 'fail' | 'unresolved';

/** The outcome of one check: what the document states, what we recompute, and whether they agree. */
export interface CheckResult {
  id: string;
  datasetId: string;
  type: Check['type'] | 'derivation';
  label: LocalizedText;
  status: CheckStatus;
  /** The published figure being checked (the total, the rate, or the derived figure). */
  stated: FigureRef;
  /** Recomputed from the inputs, before rounding; undefined when an input is missing. */
  recomputed: number | undefined;
  /** `recomputed` rounded by `rule`, the value compared with `stated`. */
  rounded: number | undefined;
  rule: RoundingRule;
  inputs: FigureRef[];
  /** Names the relation that fails and the figures involved. */
  message: string;
}

/** Half-up rounding that is not fooled by binary fractions (112.64 + 113.54 = 226.18000000000001). */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(12))) / factor;
}

type DatasetLike = Pick<DatasetFixture, 'id' | 'figures' | 'checks'>;

function resolver(datasets: readonly DatasetLike[]) {
  const index = new Map<string, Figure>();
  for (const d of datasets) for (const f of d.figures) index.set(`${d.id}:${f.id}`, f);
  return (ref: string, datasetId: string) => {
    const qualified = ref.includes(':') ? ref : `${datasetId}:${ref}`;
    return { ref: qualified, figure: index.get(qualified) };
  };
}

function fmt(refs: readonly FigureRef[]): string {
  return refs.map((r) => `${r.ref} = ${r.value ?? 'missing'}`).join(', ');
}

function compare(base: Omit<CheckResult, 'status' | 'rounded' | 'message'>, relation: string): CheckResult {
  const { recomputed, stated, rule } = base;
  const missing = [stated, ...base.inputs].filter((r) => r.value === undefined);
  if (recomputed === undefined || stated.value === undefined || missing.length > 0) {
    return {
      ...base,
      status: 'unresolved',
      rounded: undefined,
      message: `${base.id}: cannot check ${relation}; missing ${missing.map((m) => m.ref).join(', ')}`,
    };
  }
  const rounded = roundHalfUp(recomputed, rule.decimals);
  const pass = rounded === roundHalfUp(stated.value, rule.decimals);
  return {
    ...base,
    status: pass ? 'pass' : 'fail',
    rounded,
    message: pass
      ? `${base.id}: ${relation} holds (${rounded} = ${stated.value})`
      : `${base.id}: ${relation} fails: recomputed ${rounded} but ${stated.ref} states ${stated.value} (${fmt(base.inputs)})`,
  };
}

function runCheck(check: Check, datasetId: string, resolve: ReturnType<typeof resolver>): CheckResult {
  const ref = (r: string): FigureRef => {
    const { ref: q, figure } = resolve(r, datasetId);
    return { ref: q, value: figure?.value };
  };
  const decimalsOf = (r: string) => resolve(r, datasetId).figure?.decimals ?? 0;
  if (check.type === 'sum') {
    const inputs = check.parts.map(ref);
    const values = inputs.map((i) => i.value);
    const recomputed = values.every((v) => v !== undefined) ? values.reduce((a, b) => a + b, 0) : undefined;
    return compare(
      {
        id: check.id,
        datasetId,
        type: 'sum',
        label: check.label,
        stated: ref(check.total),
        recomputed,
        rule: { kind: 'round-half-up', decimals: decimalsOf(check.total) },
        inputs,
      },
      `sum of ${check.parts.length} parts = ${check.total}`,
    );
  }
  const numerator = ref(check.numerator);
  const denominator = ref(check.denominator);
  const recomputed =
    numerator.value !== undefined && denominator.value !== undefined && denominator.value !== 0
      ? (numerator.value / denominator.value) * 100
      : undefined;
  return compare(
    {
      id: check.id,
      datasetId,
      type: 'rate',
      label: check.label,
      stated: ref(check.rate),
      recomputed,
      rule: { kind: 'round-half-up', decimals: decimalsOf(check.rate) },
      inputs: [numerator, denominator],
    },
    `${check.numerator} / ${check.denominator} × 100 = ${check.rate}`,
  );
}

function runDerivation(figure: Figure, datasetId: string, resolve: ReturnType<typeof resolver>): CheckResult | null {
  const derivation = figure.derivation;
  if (figure.kind !== 'derived' || !derivation) return null;
  const inputs = derivation.inputs.map((r): FigureRef => {
    const { ref, figure: f } = resolve(r, datasetId);
    return { ref, value: f?.value };
  });
  const values = inputs.map((i) => i.value);
  let recomputed: number | undefined;
  if (values.every((v) => v !== undefined)) {
    const [first = 0, ...rest] = values;
    const restSum = rest.reduce((a, b) => a + b, 0);
    recomputed =
      derivation.method === 'sum' ? first + restSum : derivation.method === 'difference' ? first - restSum : first;
  }
  return compare(
    {
      id: `derived.${figure.id}`,
      datasetId,
      type: 'derivation',
      label: derivation.explanation,
      stated: { ref: `${datasetId}:${figure.id}`, value: figure.value },
      recomputed,
      rule: { kind: 'round-half-up', decimals: figure.decimals },
      inputs,
    },
    `${derivation.method} of ${derivation.inputs.join(', ')} = ${figure.id}`,
  );
}

/**
 * Runs every declared check and every derivation of the given datasets. Cross-dataset inputs
 * (`divisions:total.city`) resolve only when that dataset is passed too; otherwise the check is
 * `unresolved`, never a silent pass.
 */
export function runIntegrityChecks(datasets: readonly DatasetLike[]): CheckResult[] {
  const resolve = resolver(datasets);
  const results: CheckResult[] = [];
  for (const d of datasets) {
    for (const check of d.checks) results.push(runCheck(check, d.id, resolve));
    for (const f of d.figures) {
      const r = runDerivation(f, d.id, resolve);
      if (r) results.push(r);
    }
  }
  return results;
}

/**
 * For each figure a dataset's checks or derivations involve (as the checked figure or an input),
 * the first check that does, as `dataset:check`: the audit row a figure's tile links to. Read
 * from the dataset's structure alone, so it needs no other dataset loaded.
 */
export function checksByFigure(dataset: DatasetLike): Map<string, string> {
  const qualify = (ref: string) => (ref.includes(':') ? ref : `${dataset.id}:${ref}`);
  const checks = new Map<string, string>();
  const add = (checkId: string, refs: readonly string[]) => {
    for (const ref of refs) if (!checks.has(qualify(ref))) checks.set(qualify(ref), `${dataset.id}:${checkId}`);
  };
  for (const check of dataset.checks)
    add(
      check.id,
      check.type === 'sum' ? [check.total, ...check.parts] : [check.rate, check.numerator, check.denominator],
    );
  for (const figure of dataset.figures)
    if (figure.kind === 'derived' && figure.derivation)
      add(`derived.${figure.id}`, [figure.id, ...figure.derivation.inputs]);
  return checks;
}
