// BM25F's per-field factor for every unit of the memory index: the field's weight over its
// length normalization against the viewer's average, weight / (1 - B + B · length / average).
// It depends on the unit and the averages only, not on the query, so it is computed once per
// set of averages (./readable.ts keeps one per permission filter while the index does not
// change; the few most recent are kept here) instead of once per posting of every search: the
// divisions were most of the scoring.
import { B, FIELDS } from "../bm25f";
import type { FieldAverages } from "../statistics";
import type { PostingsStore } from "./store";
import type { UnitIndex } from "./unit-index";

export interface FieldNorms {
  /** Four per document: fields A to D, as the documents' lengths are stored. */
  documents: Float64Array;
  /** One per attachment chunk (field E). */
  chunks: Float64Array;
}

/** Sets of averages whose factors are kept (3.2 MB each at 100,000 documents): the busiest viewers'. */
const KEPT = 8;
const computed = new Map<FieldAverages, { store: PostingsStore; version: number; norms: FieldNorms }>();

function unitNorms(index: UnitIndex, fields: { weight: number; average: number }[]): Float64Array {
  const stride = index.stride;
  const out = new Float64Array(index.count * stride);
  for (let unit = 0; unit < index.count; unit++) {
    for (let f = 0; f < stride; f++) {
      const { weight, average } = fields[f]!;
      out[unit * stride + f] = weight / (1 - B + (B * index.lengths[unit * stride + f]!) / average);
    }
  }
  return out;
}

/** The factors for the store as it is now and these averages (an average of 0 normalizes nothing). */
export function fieldNorms(store: PostingsStore, averages: FieldAverages): FieldNorms {
  const known = computed.get(averages);
  computed.delete(averages);
  if (known && known.store === store && known.version === store.version) {
    computed.set(averages, known);
    return known.norms;
  }
  const field = (i: number) => ({ weight: FIELDS[i]!.weight, average: averages[i]! || 1 });
  const norms = { documents: unitNorms(store.documents, [0, 1, 2, 3].map(field)), chunks: unitNorms(store.chunks, [field(4)]) };
  computed.set(averages, { store, version: store.version, norms });
  // The least recently used goes first (a Map keeps insertion order).
  if (computed.size > KEPT) computed.delete(computed.keys().next().value!);
  return norms;
}
