/**
 * The search page's own UI on the Pagefind JS API: Arabic, right to left, and
 * folding the query the way the index was folded (`searchKeys`).
 * Everything from the index is set as text, never as HTML.
 */
import { searchKeys } from "../search-keys.ts";

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Filters the index carries, in the order and words the page shows them. */
const FILTERS: readonly { key: string; label: string }[] = [
  { key: "place", label: "المكان" },
  { key: "actor", label: "الجهة" },
  { key: "outlet", label: "المصدر" },
  { key: "year", label: "السنة" },
];
/** Results fetched at a time: each one is a fragment download, so a first page stays small. */
const PAGE = 10;
const PAGEFIND = "/pagefind/pagefind.js";

const form = document.getElementById("search-form") as HTMLFormElement;
const input = document.getElementById("q") as HTMLInputElement;
const filtersPanel = document.getElementById("filters-panel") as HTMLDetailsElement;
const filtersBox = document.getElementById("filters") as HTMLDivElement;
const more = document.getElementById("more-results") as HTMLButtonElement;
const status = document.getElementById("search-status") as HTMLParagraphElement;
const list = document.getElementById("search-results") as HTMLOListElement;

function selected(): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) {
    (chosen[box.name] ??= []).push(box.value);
  }
  return chosen;
}

function renderFilters(available: Record<string, Record<string, number>>, chosen: Record<string, string[]>): void {
  filtersBox.replaceChildren();
  for (const { key, label } of FILTERS) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, "ar"));
    if (!values.length) continue;
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = label;
    fieldset.append(legend);
    values.forEach((value, i) => {
      const id = `f-${key}-${i}`;
      const box = document.createElement("input");
      Object.assign(box, { type: "checkbox", name: key, value, id, checked: chosen[key]?.includes(value) ?? false });
      const text = document.createElement("label");
      text.htmlFor = id;
      text.textContent = `${value} (${available[key]?.[value] ?? 0})`;
      const row = document.createElement("div");
      row.append(box, text);
      fieldset.append(row);
    });
    filtersBox.append(fieldset);
  }
}

function syncUrl(query: string, chosen: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [key, values] of Object.entries(chosen)) for (const v of values) params.append(key, v);
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

async function run(pagefind: PagefindApi): Promise<void> {
  const query = input.value.trim();
  const chosen = selected();
  syncUrl(query, chosen);
  const filters = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, { any: v }]));
  const terms = searchKeys(query).join(" ");
  if (!terms && !Object.keys(filters).length) {
    status.textContent = "اكتب كلمة للبحث، أو اختر مرشّحاً.";
    list.replaceChildren();
    return;
  }
  status.textContent = "جارٍ البحث…";
  const search = await pagefind.search(terms || null, { filters });
  list.replaceChildren();
  shown = 0;
  pending = search.results;
  await showMore();
}

let pending: { data(): Promise<PagefindResultData> }[] = [];
let shown = 0;

/** Fetches and lists the next page of results. */
async function showMore(): Promise<void> {
  const next = await Promise.all(pending.slice(shown, shown + PAGE).map((r) => r.data()));
  shown += next.length;
  list.append(...next.map(resultItem));
  const count = pending.length;
  status.textContent = count === 0 ? "لا نتائج." : `عدد النتائج: ${count}${count > shown ? ` (تُعرض أول ${shown})` : ""}`;
  more.hidden = shown >= count;
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const derived = document.createElement("span");
  derived.className = "derived";
  derived.textContent = result.meta.derived ? " (عنوان مشتق من النص)" : "";
  const meta = document.createElement("span");
  meta.className = "meta";
  meta.textContent = result.meta.date ?? "";
  const summary = document.createElement("p");
  summary.textContent = result.meta.summary ?? "";
  item.append(link, derived, " ", meta, summary);
  return item;
}

async function start(): Promise<void> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND)) as PagefindApi;
  await pagefind.options({ excerptLength: 30 });
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const chosen: Record<string, string[]> = {};
  for (const { key } of FILTERS) if (params.getAll(key).length) chosen[key] = params.getAll(key);
  // Every filter's values are a download of their own (the place list is the largest),
  // so they load when the reader opens the panel, or at once when the address chose some.
  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = (): Promise<void> => (filtersLoaded ??= pagefind.filters().then((available) => renderFilters(available, chosen)));
  filtersPanel.hidden = false;
  if (Object.keys(chosen).length) {
    filtersPanel.open = true;
    await loadFilters();
  }
  filtersPanel.addEventListener("toggle", () => {
    if (filtersPanel.open) void loadFilters();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(pagefind);
  });
  filtersBox.addEventListener("change", () => void run(pagefind));
  more.addEventListener("click", () => void showMore());
  await run(pagefind);
  document.documentElement.dataset.searchReady = "true";
}

start().catch((error: unknown) => {
  status.textContent = "تعذّر تحميل البحث. تصفح الأرشيف حسب الأماكن أو الجهات أو الأشهر.";
  console.error(error);
});
