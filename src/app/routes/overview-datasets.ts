import type { DatasetId } from '@/features/datasets/api/get-dataset';

/** Datasets the overview's tiles read (also prerendered into its HTML). */
export const OVERVIEW_DATASETS = [
  'divisions',
  'rule-of-law',
  'renovation',
  'consultation',
  'self-governance',
] as const satisfies readonly DatasetId[];
