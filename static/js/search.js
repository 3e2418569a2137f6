// The search page: queries the Pagefind index (pagefind/pagefind.js, written
// by the build) and lists the results in Bengali. No third-party code.
//
// A Bengali word can be typed in several ways: য় as one code point (U+09DF)
// or as য + nukta, with or without zero-width joiners. The index holds NFC
// text, so the query is made NFC and stripped of ZWJ/ZWNJ before Pagefind
// sees it.
//
// Search is exact. Pagefind drops every combining mark from the words it
// indexes, and Bengali vowel signs are combining marks, so পতন would find
// পুতিন; its exactDiacritics option keeps the vowel signs. Its tokenizer
// still drops the hasanta (্) and the nukta (়), so সততা would find সত্তা
// and মুডি would find মুড়ি: every result is checked against the page's
// text before it is shown (see matches), a page of results at a time.

const PAGE = 10;

/** clean returns the query as the index spells words. */
export function clean(q) {
  return q.replace(/[\u200c\u200d]/g, "").normalize("NFC").replace(/\s+/g, " ").trim();
}

/** words splits text into its words as clean spells them, in lower case. */
export function words(text) {
  return clean(text)
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * matches reports whether text has, for every word of the query, a word
 * that starts with it, letter for letter: পুতিন finds পুতিনের, but সততা does
 * not find সত্তা, and মুড does not find মুড়ি (ড় is another letter than ড,
 * so a prefix may not stop before a nukta).
 */
export function matches(text, query) {
  const have = words(text);
  return words(query).every((q) => have.some((w) => w.startsWith(q) && w[q.length] !== "\u09bc"));
}

const root = document.getElementById("search");
const form = root.querySelector("form");
const input = document.getElementById("search-q");
const tagSelect = document.getElementById("search-tag");
const sortSelect = document.getElementById("search-sort");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const latin = root.dataset.digits === "latin";

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

let pagefind;
try {
  pagefind = await import(root.dataset.bundle + "pagefind.js");
  if (pagefind.unavailable) {
    // The preview server's stand-in for an index it has not got says why.
    fallback(pagefind.unavailable);
    pagefind = null;
  } else {
    await pagefind.options({ baseUrl: root.dataset.base, exactDiacritics: true });
  }
} catch (e) {
  pagefind = null;
  fallback("খোঁজার সূচি এখনো তৈরি হয়নি।");
}

if (pagefind) {
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
  // the page: with thousands of hashtags Pagefind's filter index is the
  // largest file of opening the page (158 KB of 404 KB at 10 000
  // articles).
  let tagsLoaded = false;
  function loadTags() {
    if (tagsLoaded) return;
    tagsLoaded = true;
    pagefind
      .filters()
      .then((filters) => {
        const tags = Object.entries(filters.tag || {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "bn"));
        for (const [name, count] of tags) {
          const label = `#${name} (${num(count)})`;
          const have = [...tagSelect.options].find((o) => o.value === name);
          if (have) have.text = label;
          else tagSelect.add(new Option(label, name));
        }
      })
      .catch(() => {
        /* no filters: the select keeps "all" */
      });
  }
  for (const ev of ["focus", "pointerdown", "mouseover"]) tagSelect.addEventListener(ev, loadTags);

  let results = []; // Pagefind's, best first
  let checked = 0; // how many of results were checked against their text
  let kept = []; // the data of the checked results that match
  let shown = 0; // how many of kept are listed
  let query = ""; // the query results are for
  let generation = 0;

  // count says how many results there are: exact once all were checked,
  // else Pagefind's count less the look-alikes found so far.
  function count() {
    if (checked >= results.length) {
      return kept.length ? `${num(kept.length)}টি ফল` : "কোনো ফল পাওয়া যায়নি";
    }
    const rejected = checked - kept.length;
    return `${rejected ? "প্রায় " : ""}${num(results.length - rejected)}টি ফল`;
  }

  // showMore checks results a page at a time until a page of matches is
  // ready to list, or none is left, and lists them.
  async function showMore(gen, q) {
    while (kept.length < shown + PAGE && checked < results.length) {
      const batch = results.slice(checked, checked + PAGE);
      const data = await Promise.all(batch.map((r) => r.data()));
      if (gen !== generation) return;
      checked += batch.length;
      kept.push(...data.filter((d) => matches(`${(d.meta && d.meta.title) || ""} ${d.content}`, q)));
    }
    for (const d of kept.slice(shown, shown + PAGE)) {
      const li = document.createElement("li");
      li.className = "search-result";
      const h = document.createElement("h2");
      const a = document.createElement("a");
      a.href = d.url;
      a.textContent = (d.meta && d.meta.title) || d.url;
      h.append(a);
      li.append(h);
      if (d.meta && d.meta.date) {
        const t = document.createElement("p");
        t.className = "dateline";
        t.textContent = d.meta.date;
        li.append(t);
      }
      const p = document.createElement("p");
      p.className = "summary";
      p.innerHTML = d.excerpt; // Pagefind's escaped text with <mark> around the hits
      li.append(p);
      list.append(li);
    }
    shown = Math.min(shown + PAGE, kept.length);
    more.hidden = shown >= kept.length && checked >= results.length;
    status.textContent = count();
  }

  async function run(push) {
    const gen = ++generation;
    const q = clean(input.value);
    const opts = {};
    if (tagSelect.value) opts.filters = { tag: tagSelect.value };
    if (sortSelect.value === "new") opts.sort = { date: "desc" };
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
    const search = await pagefind.debouncedSearch(q, opts, 100);
    if (search === null || gen !== generation) return;
    list.dataset.searchedAt = String(performance.now());
    results = search.results;
    query = q;
    checked = 0;
    kept = [];
    shown = 0;
    list.replaceChildren();
    await showMore(gen, q);
    if (gen !== generation) return;
    list.dataset.query = q;
    list.dataset.renderedAt = String(performance.now());
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run(true);
  });
  input.addEventListener("input", () => run(true));
  tagSelect.addEventListener("change", () => run(true));
  sortSelect.addEventListener("change", () => run(true));
  more.addEventListener("click", () => {
    if (more.disabled) return; // one page at a time: showMore checks results in order
    more.disabled = true;
    showMore(generation, query).finally(() => {
      more.disabled = false;
    });
  });
  if (input.value) run(false);
  input.focus();
}
