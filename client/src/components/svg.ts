// The whole graph as SVG: nodes, edges and labels as the canvas styles them.
// Hand-written: the one SVG exporter for Cytoscape (cytoscape-svg) is GPL-3, which this bundle cannot take.
import type { Core } from 'cytoscape';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (v: number) => Math.round(v * 10) / 10;

export function graphSvg(cy: Core, padding = 20): string {
  const shown = cy.elements(':visible');
  const bb = shown.boundingBox({});
  const w = num(bb.w + 2 * padding);
  const h = num(bb.h + 2 * padding);
  const dx = padding - bb.x1;
  const dy = padding - bb.y1;
  const parts: string[] = [];
  shown.edges().forEach((e) => {
    const s = e.source().position();
    const t = e.target().position();
    const dash = e.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<line x1="${num(s.x + dx)}" y1="${num(s.y + dy)}" x2="${num(t.x + dx)}" y2="${num(t.y + dy)}" stroke="${e.style('line-color')}" stroke-width="${parseFloat(e.style('width')) || 1}"${dash}><title>${escapeXml(String(e.data('label') ?? ''))}</title></line>`);
  });
  shown.nodes().forEach((n) => {
    const p = n.position();
    const rx = num(n.width() / 2);
    const ry = num(n.height() / 2);
    const round = String(n.style('shape')).includes('ellipse');
    const fill = n.style('background-color');
    const shape = round
      ? `<ellipse cx="${num(p.x + dx)}" cy="${num(p.y + dy)}" rx="${rx}" ry="${ry}" fill="${fill}"/>`
      : `<rect x="${num(p.x + dx - rx)}" y="${num(p.y + dy - ry)}" width="${2 * rx}" height="${2 * ry}" rx="4" fill="${fill}"/>`;
    const label = escapeXml(String(n.data('label') ?? ''));
    parts.push(`<g data-id="${escapeXml(n.id())}">${shape}<text x="${num(p.x + dx)}" y="${num(p.y + dy + ry + 12)}" text-anchor="middle" font-family="sans-serif" font-size="11">${label}</text></g>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
}
