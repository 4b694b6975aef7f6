import type { DatasetId } from '@/features/datasets/api/get-dataset';

/** Datasets the headline tiles read (overview and big screen; also prerendered into their HTML). */
export const HEADLINE_DATASETS = [
  'divisions',
  'rule-of-law',
  'renovation',
  'consultation',
  'self-governance',
] as const satisfies readonly DatasetId[];
