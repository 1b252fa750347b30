/**
 * The search page's own UI: Arabic, right to left, folding the query the way the
 * indexes were folded (`searchKeys`). A query that is a place's name is answered
 * from the place index (`place-search.ts`); anything else, or a search with
 * filters, goes to Pagefind. Everything from an index is set as text, never as HTML.
 */
import type { PlaceSearchEntry } from "../place-search.ts";
import { searchKeys } from "../search-keys.ts";
import { placeResultsUrl, routes } from "../../routes.ts";
import { fill, SEARCH_AR } from "../../views/labels.ts";

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
const FILTERS: readonly { key: keyof typeof SEARCH_AR.filters; label: string }[] = (["place", "actor", "outlet", "year", "review"] as const).map((key) => ({ key, label: SEARCH_AR.filters[key] }));
/** Results fetched at a time: each one is a fragment download, so a first page stays small. */
const PAGE = 10;
const PAGEFIND = "/pagefind/pagefind.js";
/** In the address: the reader asked for the words in the texts, not the place. */
const TEXT_PARAM = "text";

const form = document.getElementById("search-form") as HTMLFormElement;
const input = document.getElementById("q") as HTMLInputElement;
const filtersPanel = document.getElementById("filters-panel") as HTMLDetailsElement;
const filtersBox = document.getElementById("filters") as HTMLDivElement;
const moreButton = document.getElementById("more-results") as HTMLButtonElement;
const placeChoice = document.getElementById("place-choice") as HTMLDivElement;
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

function syncUrl(query: string, chosen: Record<string, string[]>, text: boolean): void {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [key, values] of Object.entries(chosen)) for (const v of values) params.append(key, v);
  if (text) params.set(TEXT_PARAM, "1");
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

interface ResultView {
  url: string;
  title: string;
  derived: boolean;
  date: string;
  summary: string;
}

/** The next results to list; null when there are no more. */
let loadMore: (() => Promise<void>) | null = null;

let pagefindModule: Promise<PagefindApi> | undefined;
/** Pagefind and its index load only for a search of the texts: a place search never needs them. */
function pagefind(): Promise<PagefindApi> {
  pagefindModule ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<PagefindApi>).then(async (api) => {
    await api.options({ excerptLength: 30 });
    return api;
  });
  return pagefindModule;
}

let placeIndex: Promise<PlaceSearchEntry[]> | undefined;
function places(): Promise<PlaceSearchEntry[]> {
  placeIndex ??= fetch(routes.placeSearchIndex).then((response) => (response.ok ? (response.json() as Promise<PlaceSearchEntry[]>) : []));
  return placeIndex;
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const chosen = selected();
  const wantsText = new URLSearchParams(location.search).get(TEXT_PARAM) === "1";
  const terms = searchKeys(query).join(" ");
  if (!terms && !Object.keys(chosen).length) {
    syncUrl(query, chosen, false);
    status.textContent = SEARCH_AR.empty;
    clearResults();
    return;
  }
  status.textContent = SEARCH_AR.searching;
  placeChoice.replaceChildren();
  if (terms && !Object.keys(chosen).length && !wantsText) {
    const named = (await places()).filter((place) => place.keys.includes(terms));
    if (named.length) {
      syncUrl(query, chosen, false);
      if (named.length === 1) await showPlace(named[0]!, query);
      else offerPlaces(named, query);
      return;
    }
  }
  syncUrl(query, chosen, wantsText);
  await searchText(terms, chosen);
}

async function searchText(terms: string, chosen: Record<string, string[]>): Promise<void> {
  const filters = Object.fromEntries(Object.entries(chosen).map(([k, v]) => [k, { any: v }]));
  const search = await (await pagefind()).search(terms || null, { filters });
  const results = search.results;
  let shown = 0;
  const next = async (): Promise<void> => {
    setMore(null); // one page at a time, in order
    const page = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    shown += page.length;
    list.append(...page.map((r) => resultItem({ url: r.url, title: r.meta.title ?? r.url, derived: Boolean(r.meta.derived), date: r.meta.date ?? "", summary: r.meta.summary ?? "" })));
    status.textContent = results.length === 0 ? SEARCH_AR.none : fill(SEARCH_AR.count, { n: results.length }) + (results.length > shown ? fill(SEARCH_AR.firstShown, { n: shown }) : "");
    setMore(shown < results.length ? next : null);
  };
  clearResults();
  await next();
}

/** The reports that name the place or a place inside it, from the place index, a file at a time. */
async function showPlace(place: PlaceSearchEntry, query: string): Promise<void> {
  let file = 0;
  let shown = 0;
  const describe = (): string =>
    fill(SEARCH_AR.placeResults, { name: place.name, type: place.type, within: within(place), total: place.total, shown: place.total > shown ? fill(SEARCH_AR.firstShown, { n: shown }) : "" });
  const next = async (): Promise<void> => {
    setMore(null); // one file at a time, in order
    file++;
    const address = placeResultsUrl(place.url, file);
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${address}: ${response.status}`);
    const page = (await response.json()) as ResultView[];
    shown += page.length;
    list.append(...page.map(resultItem));
    status.textContent = describe();
    setMore(file < place.files ? next : null);
  };
  clearResults();
  await next();
  placeChoice.replaceChildren(textSearchButton(query, fill(SEARCH_AR.searchTextsFor, { query })), " ", placeLink(place));
}

/** A name several places share: the reader chooses which one. */
function offerPlaces(named: PlaceSearchEntry[], query: string): void {
  clearResults();
  status.textContent = fill(SEARCH_AR.sharedName, { query, n: named.length });
  const buttons = named.map((place) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = fill(SEARCH_AR.placeChoice, { name: place.name, type: place.type, within: within(place), total: place.total });
    button.dataset.place = place.url;
    button.addEventListener("click", () => void showPlace(place, query));
    return button;
  });
  placeChoice.replaceChildren(...buttons, " ", textSearchButton(query, SEARCH_AR.orSearchTexts));
}

function within(place: PlaceSearchEntry): string {
  return place.within ? fill(SEARCH_AR.within, { place: place.within }) : "";
}

function textSearchButton(query: string, label: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.addEventListener("click", () => {
    // The address asks for the texts; `run` reads it and takes the same path a reload would.
    input.value = query;
    syncUrl(query, selected(), true);
    void run();
  });
  return button;
}

function placeLink(place: PlaceSearchEntry): HTMLAnchorElement {
  const link = document.createElement("a");
  link.href = place.url;
  link.textContent = fill(SEARCH_AR.placePage, { name: place.name });
  return link;
}

function clearResults(): void {
  list.replaceChildren();
  setMore(null);
}

function setMore(next: (() => Promise<void>) | null): void {
  loadMore = next;
  moreButton.hidden = next === null;
}

function resultItem(result: ResultView): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.title;
  const derived = document.createElement("span");
  derived.className = "derived";
  derived.textContent = result.derived ? SEARCH_AR.derivedTitle : "";
  const meta = document.createElement("span");
  meta.className = "meta";
  meta.textContent = result.date;
  const summary = document.createElement("p");
  summary.textContent = result.summary;
  item.append(link, derived, " ", meta, summary);
  return item;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const chosen: Record<string, string[]> = {};
  for (const { key } of FILTERS) if (params.getAll(key).length) chosen[key] = params.getAll(key);
  // Every filter's values are a download of their own (the place list is the largest),
  // so they load when the reader opens the panel, or at once when the address chose some.
  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = (): Promise<void> => (filtersLoaded ??= pagefind().then((api) => api.filters()).then((available) => renderFilters(available, chosen)));
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
    // A new query starts from the place index again.
    syncUrl(input.value.trim(), selected(), false);
    void run();
  });
  filtersBox.addEventListener("change", () => void run());
  moreButton.addEventListener("click", () => void loadMore?.());
  await run();
  document.documentElement.dataset.searchReady = "true";
}

start().catch((error: unknown) => {
  status.textContent = SEARCH_AR.failed;
  console.error(error);
});
