import { describe, expect, it } from "vitest";
import { members } from "./bitmaps";
import { matchUnits } from "./query-eval";
import { parseTsquery } from "./tsquery-text";
import { parseTsvector } from "./tsvector-text";
import { UnitIndex } from "./unit-index";

/** Units 0-3: three English texts and a Spanish one; unit 2 is replaced (dead) by unit 4. */
function index() {
  const units = new UnitIndex(1);
  units.add(0, [4], parseTsvector("'drug':1 'traffick':2 'port':3"));
  units.add(0, [4], parseTsvector("'traffick':1 'drug':2 'secur':4"));
  units.add(0, [2], parseTsvector("'drug':1 'traffick':2"));
  units.add(1, [3], parseTsvector("'lav':1 'activ':3 'drug':5"));
  units.kill(2);
  units.add(0, [2], parseTsvector("'drug':1 'secur':2"));
  return units;
}
const match = (q: string, language: 0 | 1 = 0) => [...members(matchUnits(index(), parseTsquery(q), language))];

describe("matching the memory index as @@ does", () => {
  it("finds words in live units of the language only", () => {
    expect(match("'drug'")).toEqual([0, 1, 4]);
    expect(match("'drug'", 1)).toEqual([3]);
    expect(match("'nothing'")).toEqual([]);
  });

  it("applies AND, OR, NOT and prefixes", () => {
    expect(match("'drug' & 'secur'")).toEqual([1, 4]);
    expect(match("'port' | 'secur'")).toEqual([0, 1, 4]);
    expect(match("'drug' & !'port'")).toEqual([1, 4]);
    expect(match("'sec':*")).toEqual([1, 4]);
    expect(match("'tr':* & 'po':*")).toEqual([0]);
  });

  it("matches phrases by position and distance, in order", () => {
    expect(match("'drug' <-> 'traffick'")).toEqual([0]);
    expect(match("'traffick' <-> 'drug'")).toEqual([1]);
    expect(match("'drug' <2> 'port'")).toEqual([0]);
    expect(match("'drug' <-> 'traffick' <-> 'port'")).toEqual([0]);
    expect(match("'lav' <2> 'activ'", 1)).toEqual([3]);
    expect(match("'lav' <-> 'activ'", 1)).toEqual([]);
    expect(match("'drug' & !( 'drug' <-> 'traffick' )")).toEqual([1, 4]);
  });
});
