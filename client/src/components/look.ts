// Readability on the canvas: colour scheme, labels by zoom and importance, hover card, leaf groups, date range.
import type { Core } from 'cytoscape';
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
  // After the canvas has applied a change's filters: a change added in chunks is complete only then.
  cy.container()!.addEventListener('kg:filtered', regroup);
  regroup();
  followDateRange();
  toolbar.append(createLanguageSwitch());
}
