import { lazy, type ComponentType } from 'react';
import type { DatasetId } from '@/features/datasets/api/get-dataset';

/** A page: its path pattern, its component, and the datasets it shows (prerendered into its HTML). */
export interface RouteDefinition {
  pattern: string;
  component: ComponentType;
  datasets: readonly DatasetId[];
  /** Concrete paths to prerender (patterns with parameters list theirs). */
  prerender: readonly string[];
}

// Each page is its own chunk: a page loads only its own code and charts.
const OverviewRoute = lazy(() => import('./overview').then((m) => ({ default: m.OverviewRoute })));

export const routes: readonly RouteDefinition[] = [
  { pattern: '/', component: OverviewRoute, datasets: ['divisions'], prerender: ['/'] },
];
