import type { ComponentType } from 'react';
import type { DatasetId } from '@/features/datasets/api/get-dataset';
import { OverviewRoute } from './overview';

/** A page: its path pattern, its component, and the datasets it shows (prerendered into its HTML). */
export interface RouteDefinition {
  pattern: string;
  component: ComponentType;
  datasets: readonly DatasetId[];
  /** Concrete paths to prerender (patterns with parameters list theirs). */
  prerender: readonly string[];
}

export const routes: readonly RouteDefinition[] = [
  { pattern: '/', component: OverviewRoute, datasets: ['divisions'], prerender: ['/'] },
];
