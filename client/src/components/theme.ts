// The dark theme: the canvas styles follow `prefers-color-scheme` as the page's CSS does.
import type { Core } from 'cytoscape';
import { cyStyleFor } from '../styles/cyStyle.ts';
import { themeFor } from '../styles/theme.ts';

export function followColourScheme(cy: Core): void {
  const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = () => {
    const theme = themeFor(Boolean(query?.matches));
    document.documentElement.dataset.theme = theme.name;
    cy.style(cyStyleFor(theme));
  };
  query?.addEventListener('change', apply);
  apply();
}
