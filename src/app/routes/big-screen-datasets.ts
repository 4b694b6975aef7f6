import type { DatasetId } from '@/features/datasets/api/get-dataset';

/** Datasets the big screen reads (also prerendered into its HTML). */
export const BIG_SCREEN_DATASETS = [
  'divisions',
  'rule-of-law',
  'renovation',
  'consultation',
  'self-governance',
] as const satisfies readonly DatasetId[];
