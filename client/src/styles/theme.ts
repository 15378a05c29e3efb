// Canvas colours per colour scheme; the page's CSS follows `prefers-color-scheme` the same way.

export interface CanvasTheme {
  name: 'light' | 'dark';
  /** The canvas's background (app.css `.cy`): weak edges fade toward it. */
  canvas: string;
  text: string;
  textOutline: string;
  nodeBorder: string;
  edge: string;
  selected: string;
  highlight: string;
}

export const LIGHT: CanvasTheme = {
  name: 'light',
  canvas: '#fbfbfa',
  text: '#1a1a1a',
  textOutline: '#ffffff',
  nodeBorder: '#ffffff',
  edge: '#9a9a9a',
  selected: '#111111',
  highlight: '#FFD54F',
};

export const DARK: CanvasTheme = {
  name: 'dark',
  canvas: '#1b1f24',
  text: '#ececec',
  textOutline: '#1b1f24',
  nodeBorder: '#1b1f24',
  edge: '#8a8f96',
  selected: '#f5f5f5',
  highlight: '#B38F00',
};

export function themeFor(dark: boolean): CanvasTheme {
  return dark ? DARK : LIGHT;
}
