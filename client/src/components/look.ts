// Readability on the canvas: colour scheme, labels by zoom and importance, hover card, leaf groups, date range.
import type { Core } from 'cytoscape';
import { filtersAtom, inRangeAtom } from '../core/filters/atom.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { followDateRange } from '../core/timeline/range.ts';
import { followLeafGroups } from './groups.ts';
import { mountHoverCard } from './hovercard.ts';
import { followLabelPolicy } from './labels.ts';
import { createLanguageSwitch } from './language.ts';
import { followColourScheme } from './theme.ts';

/** Call after the canvas is created, so these run after its own reaction to each change. */
export function mountExplorerLook(cy: Core, stage: HTMLElement, toolbar: HTMLElement): void {
  followColourScheme(cy);
  const relabel = followLabelPolicy(cy);
  mountHoverCard(cy, stage, relabel);
  const regroup = followLeafGroups(cy);
  for (const a of [graphAtom, filtersAtom, inRangeAtom] as const) (a as { subscribe(fn: () => void): unknown }).subscribe(regroup);
  regroup();
  followDateRange();
  toolbar.append(createLanguageSwitch());
}
