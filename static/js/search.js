// The search page: queries the Pagefind index (pagefind/pagefind.js, written
// by the build) and lists the results in Bengali. No third-party code.
//
// A Bengali word can be typed in several ways: য় as one code point (U+09DF)
// or as য + nukta, with or without zero-width joiners. The index holds NFC
// text, so the query is made NFC and stripped of ZWJ/ZWNJ before Pagefind
// sees it.

const PAGE = 10;

/** clean returns the query as the index spells words. */
export function clean(q) {
  return q.replace(/[\u200c\u200d]/g, "").normalize("NFC").replace(/\s+/g, " ").trim();
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
    await pagefind.options({ baseUrl: root.dataset.base });
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
  // The tag list loads beside the first search, not before it.
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

  let results = [];
  let shown = 0;
  let generation = 0;

  async function showMore(gen) {
    const next = results.slice(shown, shown + PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (gen !== generation) return;
    for (const d of data) {
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
    shown += next.length;
    more.hidden = shown >= results.length;
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
    shown = 0;
    list.replaceChildren();
    status.textContent = results.length ? `${num(results.length)}টি ফল` : "কোনো ফল পাওয়া যায়নি";
    if (results.length) await showMore(gen);
    else more.hidden = true;
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
  more.addEventListener("click", () => showMore(generation));
  if (input.value) run(false);
  input.focus();
}
