import { describe, expect, it } from 'vitest';
import { fadeToward } from './fade.ts';

describe('fadeToward', () => {
  it('keeps the colour at full opacity and gives the background at none', () => {
    expect(fadeToward('#c0392b', '#fbfbfa', 1)).toBe('#c0392b');
    expect(fadeToward('#c0392b', '#fbfbfa', 0)).toBe('#fbfbfa');
  });

  it('mixes each channel by the opacity, as a translucent colour over the background looks', () => {
    // 0.5 × 0x00 + 0.5 × 0xff = 127.5, rounded to 0x80.
    expect(fadeToward('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(fadeToward('#ff0000', '#000000', 0.3)).toBe('#4d0000');
  });

  it('reads #rgb, clamps the opacity and refuses what is not a hex colour', () => {
    expect(fadeToward('#f00', '#000', 2)).toBe('#ff0000');
    expect(fadeToward('#f00', '#000', -1)).toBe('#000000');
    expect(() => fadeToward('red', '#000', 0.5)).toThrow(/#rrggbb/);
  });
});
