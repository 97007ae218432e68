// usDate writes what Intl.DateTimeFormat('en-US', UTC) writes, for every style, and fails where it fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { US_DATE_OPTIONS, usDate, type UsDateStyle } from '../../src/shared/text/us-date.ts';

const STYLES = Object.keys(US_DATE_OPTIONS) as UsDateStyle[];
const DAY = 86_400_000;

function intl(time: number, style: UsDateStyle): string {
  return new Intl.DateTimeFormat('en-US', US_DATE_OPTIONS[style]).format(new Date(time));
}

test('every day of several years, and times within a day, are written as Intl writes them', () => {
  const formats = Object.fromEntries(STYLES.map((style) => [style, new Intl.DateTimeFormat('en-US', US_DATE_OPTIONS[style])]));
  const starts = ['1000-01-01', '1899-12-01', '1970-01-01', '1999-12-01', '2000-01-01', '2024-01-01', '2026-01-01', '9999-01-01'].map((day) => Date.parse(`${day}T00:00:00Z`));
  for (const start of starts) {
    for (let time = start; time < start + 366 * DAY && new Date(time).getUTCFullYear() <= 9999; time += DAY) {
      for (const offset of [0, 1, DAY / 2, DAY - 1]) {
        for (const style of STYLES) assert.equal(usDate(time + offset, style), formats[style].format(new Date(time + offset)), `${new Date(time + offset).toISOString()} ${style}`);
      }
    }
  }
});

test('years Intl writes otherwise, and what is not a time, go to Intl itself', () => {
  const times = [Date.parse('0999-12-31T23:59:59Z'), Date.parse('0001-06-01T00:00:00Z'), -62_198_755_200_000, Date.UTC(10_000, 0, 1), -1, 0, 8.64e15];
  for (const time of times) for (const style of STYLES) assert.equal(usDate(time, style), intl(time, style), `${time} ${style}`);
  for (const style of STYLES) {
    assert.throws(() => usDate(Number.NaN, style), RangeError);
    assert.throws(() => usDate(8.64e15 + 1, style), RangeError);
  }
});
