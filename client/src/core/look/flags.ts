// A country's flag emoji from its ISO 3166-1 alpha-2 code: two regional indicator symbols, by definition.

export function flagEmoji(code: string | null | undefined): string {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/**
 * The ISO code drawn inside a country node, as an SVG image: flag emoji need a colour-emoji font that many
 * systems lack (they show two boxes), the code reads everywhere.
 */
export function codeBadge(code: string | null | undefined): string | undefined {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return undefined;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="20" y="26" text-anchor="middle" font-family="system-ui,sans-serif" font-weight="700" font-size="15" fill="#ffffff">${code.toUpperCase()}</text></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
