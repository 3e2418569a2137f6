// The search page: queries the site's own index (search/index/, written by
// the build: see generator/search) and lists the results in Bengali. No
// third-party code.
//
// Search is exact: the query's words go through the same normalization as
// the index's (search-words.js), so one Unicode spelling or another (য় as
// one code point or two, ো as ে + া, ZWJ/ZWNJ) finds the same articles,
// and a word is found only with its own vowel signs, hasanta and nukta.
// A query word finds the indexed words that start with it.
//
// What a query fetches: meta.json (the list of word chunks, fetched when
// the page opens), the word chunks its words fall in, and one small chunk
// of article data per few results shown.

import { before, clean, matches, tagTerm, utf8, words } from "./search-words.js";

const PAGE = 10;
// CAP is the most bytes of word chunks one query may fetch. Past it, the
// word whose prefix spans the most chunks (one letter such as প begins
// thousands of words) is looked up whole only, and so on, and the page
// says to type those words longer. With meta.json and the article data
// of ten results, a query stays under 300 KB.
const CAP = 192 * 1024;

const root = document.getElementById("search");
const form = root.querySelector("form");
const input = document.getElementById("search-q");
const tagSelect = document.getElementById("search-tag");
const sortSelect = document.getElementById("search-sort");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const latin = root.dataset.digits === "latin";
const dir = root.dataset.index;

const num = (n) => (latin ? String(n) : String(n).replace(/[0-9]/g, (d) => "০১২৩৪৫৬৭৮৯"[d]));

function fallback(msg) {
  status.textContent = "";
  const p = document.createElement("p");
  p.className = "search-fallback";
  p.append(msg + " বিষয় ধরে খুঁজতে ");
  const a = document.createElement("a");
  a.href = root.dataset.base + "tags/";
  a.textContent = "সব হ্যাশট্যাগ";
  p.append(a, " দেখুন।");
  status.replaceWith(p);
}

// Stale is a chunk that meta.json names but the server no longer has: a
// newer build replaced it while an older meta.json was cached.
class Stale extends Error {}

let files = new Map(); // file name -> promise of its bytes or JSON
function get(name, json) {
  let p = files.get(name);
  if (!p) {
    p = fetch(dir + name).then((r) => {
      if (r.status === 404) throw new Stale(name);
      if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
      return json ? r.json() : r.arrayBuffer().then((b) => new Uint8Array(b));
    });
    p.catch(() => files.delete(name));
    files.set(name, p);
  }
  return p;
}

function loadMeta(reload) {
  return fetch(dir + "meta.json", reload ? { cache: "reload" } : {}).then((r) => {
    if (!r.ok) throw new Error(`meta.json: HTTP ${r.status}`);
    return r.json();
  });
}

let meta;
try {
  meta = await loadMeta(false);
} catch (e) {
  fallback("খোঁজার সূচি পাওয়া যায়নি।");
}

// chunks returns the word chunks that may hold words starting with term,
// or with exact, the one that may hold term itself.
function chunks(term, exact) {
  const cs = meta.chunks;
  let lo = 0;
  let hi = cs.length - 1;
  while (lo < hi) {
    // the last chunk whose first word is not after term
    const mid = (lo + hi + 1) >> 1;
    if (before(term, cs[mid][0])) hi = mid - 1;
    else lo = mid;
  }
  const out = [cs[lo]];
  for (let i = lo + 1; !exact && i < cs.length && cs[i][0].startsWith(term); i++) out.push(cs[i]);
  return out;
}

// scan marks in hits the articles of the words of chunk that term finds:
// bit 1 for the article, bit 2 when the word is in its title.
function scan(chunk, term, exact, hits) {
  const q = utf8.encode(term);
  const word = new Uint8Array(256);
  let pos = 0;
  const uvarint = () => {
    let x = 0;
    let mul = 1;
    let b;
    do {
      b = chunk[pos++];
      x += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80);
    return x;
  };
  while (pos < chunk.length) {
    const shared = uvarint();
    const rest = uvarint();
    word.set(chunk.subarray(pos, pos + rest), shared);
    pos += rest;
    const end = uvarint() + pos;
    if (matches(word, shared + rest, q, exact)) {
      let doc = 0;
      while (pos < end) {
        const v = uvarint();
        doc += Math.floor(v / 2);
        hits[doc] |= 1 | ((v & 1) << 1);
      }
    }
    pos = end;
  }
}

// lookup returns the hits of term in the chunks cs (from chunks): the
// articles of the words it finds, or with exact, of term itself.
async function lookup(term, cs, exact) {
  const data = await Promise.all(cs.map((c) => get(c[1])));
  const hits = new Uint8Array(meta.docs);
  for (const d of data) scan(d, term, exact, hits);
  return hits;
}

const bytesOf = (cs) => cs.reduce((n, c) => n + c[2], 0);

// plan returns, for each query word, the chunks to fetch and whether it
// is looked up whole only, to stay under CAP.
function plan(ws) {
  const ps = ws.map((w) => ({ w, cs: chunks(w, false), exact: false }));
  const total = () => {
    const seen = new Map();
    for (const p of ps) for (const c of p.cs) seen.set(c[1], c[2]);
    return [...seen.values()].reduce((a, b) => a + b, 0);
  };
  while (total() > CAP) {
    const widest = ps.filter((p) => !p.exact && p.cs.length > 1).sort((a, b) => bytesOf(b.cs) - bytesOf(a.cs))[0];
    if (!widest) break;
    widest.cs = chunks(widest.w, true);
    widest.exact = true;
  }
  return ps;
}

// find returns the numbers of the articles that have every word of q
// (and the tag, if any), in the order asked, and the words that were
// looked up whole only.
async function find(q, tag, newest) {
  const ws = [...new Set(words(q))];
  if (!ws.length) return { docs: [], short: [] }; // only punctuation
  const ps = plan(ws);
  const sets = await Promise.all(ps.map((p) => lookup(p.w, p.cs, p.exact)));
  if (tag) {
    const term = tagTerm(tag);
    sets.push(await lookup(term, chunks(term, true), true));
  }
  const out = [];
  const score = [];
  for (let d = 0; d < meta.docs; d++) {
    let s = 0;
    let all = true;
    for (let i = 0; i < sets.length && all; i++) {
      all = (sets[i][d] & 1) === 1;
      s += sets[i][d] >> 1;
    }
    if (all) {
      out.push(d);
      score[d] = s;
    }
  }
  // Relevance: more query words in the title first, then newest; the
  // numbers are newest first already.
  if (!newest) out.sort((a, b) => score[b] - score[a] || a - b);
  return { docs: out, short: ps.filter((p) => p.exact).map((p) => p.w) };
}

async function doc(d) {
  const rows = await get(meta.docDir + Math.floor(d / meta.per) + ".json", true);
  return rows[d % meta.per];
}

if (meta) {
  root.querySelector(".search-options").hidden = false;
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  const wantTag = params.get("tag") || "";
  sortSelect.value = params.get("sort") === "new" ? "new" : "";
  if (wantTag) {
    tagSelect.add(new Option("#" + wantTag, wantTag));
    tagSelect.value = wantTag;
  }
  // The tag list loads when the reader reaches for the select, not with
  // the page: thousands of hashtags would weigh more than the rest of it.
  let tagsLoaded = false;
  function loadTags() {
    if (tagsLoaded) return;
    tagsLoaded = true;
    get(meta.tags, true)
      .then((tags) => {
        for (const [name, count] of tags) {
          const label = `#${name} (${num(count)})`;
          const have = [...tagSelect.options].find((o) => o.value === name);
          if (have) have.text = label;
          else tagSelect.add(new Option(label, name));
        }
      })
      .catch(() => {
        /* no tag list: the select keeps "all" */
      });
  }
  for (const ev of ["focus", "pointerdown", "mouseover"]) tagSelect.addEventListener(ev, loadTags);

  let results = []; // article numbers, in the order shown
  let shown = 0;
  let generation = 0;
  let notice = "";

  function count() {
    const n = results.length ? `${num(results.length)}টি ফল` : "কোনো ফল পাওয়া যায়নি";
    return notice ? `${n}। ${notice}` : n;
  }

  async function showMore(gen) {
    const page = results.slice(shown, shown + PAGE);
    const rows = await Promise.all(page.map(doc));
    if (gen !== generation) return;
    for (const [path, title, date, summary] of rows) {
      const li = document.createElement("li");
      li.className = "search-result";
      const h = document.createElement("h2");
      const a = document.createElement("a");
      a.href = root.dataset.base + path;
      a.textContent = title || path;
      h.append(a);
      li.append(h);
      if (date) {
        const t = document.createElement("p");
        t.className = "dateline";
        t.textContent = date;
        li.append(t);
      }
      if (summary) {
        const p = document.createElement("p");
        p.className = "summary";
        p.textContent = summary;
        li.append(p);
      }
      list.append(li);
    }
    shown += page.length;
    more.hidden = shown >= results.length;
    status.textContent = count();
  }

  async function search(gen, q) {
    const { docs, short } = await find(q, tagSelect.value, sortSelect.value === "new");
    if (gen !== generation) return false;
    list.dataset.searchedAt = String(performance.now());
    results = docs;
    shown = 0;
    notice = short.length
      ? `${short.map((w) => `«${w}»`).join(", ")} দিয়ে শুরু হওয়া শব্দ অনেক, তাই শুধু পুরো শব্দটি খোঁজা হলো: আরও কয়েকটি অক্ষর লিখুন।`
      : "";
    list.replaceChildren();
    await showMore(gen);
    return gen === generation;
  }

  let reloaded = false;
  async function run(push) {
    const gen = ++generation;
    const q = clean(input.value);
    if (push) {
      const u = new URL(location.href);
      u.search = "";
      if (input.value) u.searchParams.set("q", input.value);
      if (tagSelect.value) u.searchParams.set("tag", tagSelect.value);
      if (sortSelect.value) u.searchParams.set("sort", sortSelect.value);
      history.replaceState(null, "", u);
    }
    if (!q) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      delete list.dataset.query;
      return;
    }
    status.textContent = "খোঁজা হচ্ছে…";
    let done;
    try {
      try {
        done = await search(gen, q);
      } catch (e) {
        if (!(e instanceof Stale) || reloaded) throw e;
        // A newer build is published: its meta.json names other chunks.
        reloaded = true;
        meta = await loadMeta(true);
        files = new Map();
        done = await search(gen, q);
      }
    } catch (e) {
      if (gen === generation) status.textContent = "খোঁজা গেল না; একটু পরে আবার চেষ্টা করুন।";
      throw e;
    }
    if (!done) return;
    list.dataset.query = q;
    list.dataset.renderedAt = String(performance.now());
  }

  // Typing waits for a pause, so that each letter of a word does not
  // fetch the chunks of its prefix.
  let timer;
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run(true);
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(true), 100);
  });
  tagSelect.addEventListener("change", () => run(true));
  sortSelect.addEventListener("change", () => run(true));
  more.addEventListener("click", () => {
    if (more.disabled) return;
    more.disabled = true;
    showMore(generation).finally(() => {
      more.disabled = false;
    });
  });
  if (input.value) run(false);
  input.focus();
}
