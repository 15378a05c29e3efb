import { describe, expect, it } from 'vitest';
import { ex, rel } from './helpers.ts';

describe('relations', () => {
  it('ties a title to the organisation or country the text names', () => {
    const c = ex('Det sa Natos generalsekretær Jens Stoltenberg onsdag. Også USAs forsvarsminister James Mattis var til stede, og fagrådgiver Ivar Dale i Den norske Helsingforskomité kommenterte.');
    expect(rel(c, 'HAS_ROLE', 'Jens Stoltenberg', 'NATO') || rel(c, 'HAS_ROLE', 'Jens Stoltenberg', 'Nato')).toBe(true);
    expect(rel(c, 'HAS_ROLE', 'James Mattis', 'USA')).toBe(true);
    expect(rel(c, 'HAS_ROLE', 'Ivar Dale', 'Den norske Helsingforskomité')).toBe(true);
    expect(c.relations.find((r) => r.source === 'Ivar Dale')?.title).toBe('fagrådgiver');
  });

  it('gives no role for a bare title', () => {
    const c = ex('Det sa statsminister Erna Solberg onsdag.');
    expect(c.relations).toEqual([]);
  });

  it('reads party membership from a code after a name, and roles from a compound and an apposition', () => {
    const c = ex('Justisminister Tor Mikkel Wara (Frp) kommenterte saka. LO-leder Hans-Christian Gabrielsen var uenig. Det sa presidenten i Tyrkia, Recep Tayyip Erdogan.');
    expect(c.relations.find((r) => r.source === 'Tor Mikkel Wara' && r.target === 'Fremskrittspartiet')?.title).toBe('medlem');
    expect(rel(c, 'HAS_ROLE', 'Hans-Christian Gabrielsen', 'LO')).toBe(true);
    expect(rel(c, 'HAS_ROLE', 'Recep Tayyip Erdogan', 'Tyrkia')).toBe(true);
  });

  it('reads troops sent, with an enumeration whose target is in the sentence before', () => {
    const c = ex('– Nå har styrkene fra Russland kommet til Kasakhstan. Det vil nok også komme styrker fra nabolandene Hviterussland, Tadsjikistan, Kirgisistan.');
    for (const src of ['Russland', 'Hviterussland', 'Tadsjikistan', 'Kirgisistan']) expect(rel(c, 'SENDS_TROOPS_TO', src, 'Kasakhstan'), src).toBe(true);
    expect(c.relations.filter((r) => r.type === 'SENDS_TROOPS_TO')).toHaveLength(4);
  });

  it('reads troops from an adjective and an invasion', () => {
    const c = ex('Det er rundt 5.200 amerikanske soldater i Irak. Russlands invasjon av Ukraina møter fordømmelse.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'USA', 'Irak')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Russland', 'Ukraina')).toBe(true);
  });

  it('reads troops clause by clause', () => {
    const c = ex('Tyskland har sendt soldater til Litauen, og Frankrike har styrker i Romania.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'Tyskland', 'Litauen')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Frankrike', 'Romania')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Tyskland', 'Romania')).toBe(false);
  });

  it('does not read troops where a conflict is only mentioned', () => {
    const c = ex('I januar ble 150 soldater utplassert som følge av konflikten mellom Russland og Ukraina.');
    expect(c.relations.filter((r) => r.type === 'SENDS_TROOPS_TO')).toEqual([]);
  });

  it('reads membership from "ORG-landet X" and enumerations of members', () => {
    const c = ex('Soldatene reiser til Nato-landet Litauen. Sverige hjelper dei tre EØS-landa Noreg, Island og Liechtenstein.');
    expect(c.relations.some((r) => r.type === 'MEMBER_OF' && r.source === 'Litauen')).toBe(true);
    for (const n of ['Noreg', 'Island', 'Liechtenstein']) expect(rel(c, 'MEMBER_OF', n, 'EØS'), n).toBe(true);
  });

  it('places a location in a country or a city', () => {
    const c = ex('Flyene skal til Kaunas i Litauen. Meklingen skjer i Grensen midt i Oslo. Uroen er størst i landets største by Almaty, sier kilder i Kasakhstan.');
    expect(rel(c, 'LOCATED_IN', 'Kaunas', 'Litauen')).toBe(true);
    expect(rel(c, 'LOCATED_IN', 'Grensen', 'Oslo')).toBe(true);
  });
});
