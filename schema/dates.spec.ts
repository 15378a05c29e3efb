import { expect, it } from 'vitest';
import { daySpan, daysInMonth, monthEnd } from './dates.ts';

it('knows the length of every month, leap years included', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  expect(daysInMonth(2024, 2)).toBe(29);
  expect(daysInMonth(1900, 2)).toBe(28);
  expect(daysInMonth(2000, 2)).toBe(29);
});

it('gives the days a year, a month or a day covers', () => {
  expect(monthEnd('2022-02')).toBe('2022-02-28');
  expect(daySpan('2022-01')).toEqual(['2022-01-01', '2022-01-31']);
  expect(daySpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
  expect(daySpan('2022')).toEqual(['2022-01-01', '2022-12-31']);
  expect(daySpan('2022-01-07')).toEqual(['2022-01-07', '2022-01-07']);
});
