// The words of the search index, as generator/search/words.go makes them:
// both are tested against generator/search/testdata/words.json.

const OLD_KHANDA = "\u09a4\u09cd\u200d"; // ত + hasanta + ZWJ, an old spelling of ৎ

/** clean returns the query as typed, in NFC, without ZWJ/ZWNJ or extra spaces. */
export function clean(q) {
  return q.replace(/[\u200c\u200d]/g, "").normalize("NFC").replace(/\s+/g, " ").trim();
}

const lower = (s) => Array.from(s, (c) => c.toLowerCase()).join("");

/** tagKey is bangla.TagKey: the identity of a hashtag. */
export function tagKey(s) {
  s = s.normalize("NFC").replaceAll(OLD_KHANDA, "\u09ce").replace(/[\u200c\u200d]/g, "");
  return lower(s).normalize("NFC").replace(/^#+/, "");
}

/**
 * normalize is the normalization of search.Words: NFC, no ZWJ/ZWNJ, lower
 * case, Bengali digits as ASCII digits (so that ২০২৪ finds 2024).
 */
export function normalize(s) {
  s = lower(s.normalize("NFC").replace(/[\u200c\u200d]/g, "")).normalize("NFC");
  return s.replace(/[\u09e6-\u09ef]/g, (d) => String(d.charCodeAt(0) - 0x09e6));
}

/** MAX_WORD is search.MaxWord: longer words are not in the index. */
export const MAX_WORD = 100;

const utf8 = new TextEncoder();

/** words is search.Words: the runs of letters, marks and numbers, normalized. */
export function words(text) {
  return normalize(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w && utf8.encode(w).length <= MAX_WORD);
}

/** tagTerm is search.TagTerm: the index's term for a hashtag. */
export function tagTerm(tag) {
  return "#" + tagKey(tag);
}

/**
 * matches reports whether the indexed word w (UTF-8 bytes, the first n of
 * them) is found by the query word q (UTF-8 bytes): w starts with q, and
 * not just before a nukta (ড় is another letter than ড, so মুড does not
 * find মুড়ি). Exact search compares whole words, letter for letter: the
 * vowel signs, hasanta and nukta are letters like any other.
 */
export function matches(w, n, q, exact) {
  if (n < q.length || (exact && n !== q.length)) return false;
  for (let i = 0; i < q.length; i++) if (w[i] !== q[i]) return false;
  // U+09BC is E0 A6 BC in UTF-8.
  return !(n >= q.length + 3 && w[q.length] === 0xe0 && w[q.length + 1] === 0xa6 && w[q.length + 2] === 0xbc);
}

/** before reports whether a sorts before b in code point order, the index's. */
export function before(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x !== y) return x < y;
    if (x > 0xffff) i++;
  }
  return a.length < b.length;
}

export { utf8 };
