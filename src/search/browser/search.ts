/**
 * The search page's own UI: Arabic, right to left, folding the query the way the
 * indexes were folded (`searchKeys`, `latinFold`). A query that is a place's or
 * an actor's name, in any spelling, is answered from the name indexes
 * (`place-search.ts`); anything else, or a search with filters, goes to
 * Pagefind. The address holds the whole search, and every new search is a step
 * in the history, so Back, Forward and a reload give it again; a list of results
 * comes back as long, and scrolled as far, as it was left. Everything from an
 * index is set as text, never as HTML.
 */
import type { NameSearchEntry } from "../place-search.ts";
import { isLatin, latinFold, type TransliterationRules } from "../latin-keys.ts";
import { PERIOD_FILTER, SEARCH_FILTERS, type SearchFilter } from "../search-filters.ts";
import { looseKeys, searchKeys } from "../search-keys.ts";
import { resultsFileUrl, routes } from "../../routes.ts";
import { compareArabic } from "../../views/arabic.ts";
import { formatMonthKey } from "../../views/dates.ts";
import { fill, REVIEW_FILTER_AR, SEARCH_AR } from "../../views/labels.ts";

/** The archive's Latin spelling conventions, put in by the bundler (`bundle.ts`). */
declare const TRANSLITERATION: TransliterationRules;

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
/** Pagefind's filter expressions: a key's values, or `all` of several such. */
type FilterExpression = { [key: string]: string | { any: string[] } } | { all: FilterExpression[] };
interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
  /** Each filter value's count among the results of this search. */
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: { filters?: FilterExpression }): Promise<PagefindSearch>;
}

/** Results fetched at a time: each one is a fragment download, so a first page stays small. */
const PAGE = 10;
const PAGEFIND = "/pagefind/pagefind.js";

/** The search, as its address holds it. */
interface SearchState {
  query: string;
  /** The reader asked for the words in the texts, not the place or actor of that name. */
  text: boolean;
  /** Of several places or actors of one name, the one chosen (`entryKey`). */
  pick: string | null;
  filters: Record<SearchFilter, string[]>;
  /** `YYYY-MM`, either end open. */
  from: string | null;
  to: string | null;
}

const PARAM = { query: "q", text: "text", pick: "pick", from: "from", to: "to" } as const;

/** What history keeps of a list of results, so Back to it finds it as it was. */
interface Kept {
  shown: number;
  scroll: number;
}

const form = document.getElementById("search-form") as HTMLFormElement;
const input = document.getElementById("q") as HTMLInputElement;
const filtersPanel = document.getElementById("filters-panel") as HTMLDetailsElement;
const filtersBox = document.getElementById("filters") as HTMLDivElement;
const moreButton = document.getElementById("more-results") as HTMLButtonElement;
const placeChoice = document.getElementById("place-choice") as HTMLDivElement;
const status = document.getElementById("search-status") as HTMLParagraphElement;
const list = document.getElementById("search-results") as HTMLOListElement;

const foldLatin = latinFold(TRANSLITERATION);

function noFilters(): Record<SearchFilter, string[]> {
  return Object.fromEntries(SEARCH_FILTERS.map((key) => [key, []])) as unknown as Record<SearchFilter, string[]>;
}

function stateFromUrl(): SearchState {
  const params = new URLSearchParams(location.search);
  const filters = noFilters();
  for (const key of SEARCH_FILTERS) filters[key] = params.getAll(key);
  const month = (value: string | null): string | null => (value && /^\d{4}-\d{2}$/.test(value) ? value : null);
  return {
    query: (params.get(PARAM.query) ?? "").trim(),
    text: params.get(PARAM.text) === "1",
    pick: params.get(PARAM.pick),
    filters,
    from: month(params.get(PARAM.from)),
    to: month(params.get(PARAM.to)),
  };
}

function addressOf(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(PARAM.query, state.query);
  if (state.pick) params.set(PARAM.pick, state.pick);
  for (const key of SEARCH_FILTERS) for (const value of state.filters[key]) params.append(key, value);
  if (state.from) params.set(PARAM.from, state.from);
  if (state.to) params.set(PARAM.to, state.to);
  if (state.text) params.set(PARAM.text, "1");
  const search = params.toString();
  return search ? `?${search}` : location.pathname;
}

function filtered(state: SearchState): boolean {
  return SEARCH_FILTERS.some((key) => state.filters[key].length > 0) || state.from !== null || state.to !== null;
}

/** A new search: a step of its own in the history, then its results. */
function go(state: SearchState): void {
  history.pushState(null, "", addressOf(state));
  void show(state, null);
}

function entryKey(entry: NameSearchEntry): string {
  return `${entry.kind}:${entry.id}`;
}

let pagefindModule: Promise<PagefindApi> | undefined;
/** Pagefind and its index load only for a search of the texts or with filters: a name's search never needs them. */
function pagefind(): Promise<PagefindApi> {
  pagefindModule ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<PagefindApi>).then(async (api) => {
    await api.options({ excerptLength: 30 });
    return api;
  });
  return pagefindModule;
}

let nameIndex: Promise<NameSearchEntry[]> | undefined;
function names(): Promise<NameSearchEntry[]> {
  const load = (address: string): Promise<NameSearchEntry[]> => fetch(address).then((response) => (response.ok ? (response.json() as Promise<NameSearchEntry[]>) : []));
  nameIndex ??= Promise.all([load(routes.placeSearchIndex), load(routes.actorSearchIndex)]).then((lists) => lists.flat());
  return nameIndex;
}

/**
 * The places and actors a query names: by its own keys (Latin: its words as typed),
 * and only when none has those, by the looser keys that meet a space, a hamza or a
 * letter more or less (Latin: every spelling convention).
 */
async function named(query: string): Promise<NameSearchEntry[]> {
  const entries = await names();
  if (isLatin(query)) {
    const { exact, loose } = foldLatin(query);
    const found = entries.filter((entry) => entry.latin.includes(exact));
    return found.length ? found : entries.filter((entry) => entry.latinLoose.includes(loose));
  }
  const terms = searchKeys(query).join(" ");
  const found = entries.filter((entry) => entry.keys.includes(terms));
  if (found.length) return found;
  const loose = looseKeys(query);
  return entries.filter((entry) => entry.loose.some((key) => loose.includes(key)));
}

/** The next results to list; null when there are no more. */
let loadMore: (() => Promise<number>) | null = null;
/** Results listed now. */
let shown = 0;
/** Each search supersedes the one before; an answer to an older one is dropped. */
let generation = 0;

type FilterCounts = Record<string, Record<string, number>>;

/** Each filter value's count among the current results, worked out when the panel shows them. */
let countsNow: () => Promise<FilterCounts> = () => allFilters();

/** Runs a search and lists its results; `kept` is what history held of the list when it was left. */
async function show(state: SearchState, kept: Kept | null): Promise<void> {
  const mine = ++generation;
  const current = (): boolean => mine === generation;
  syncForm(state);
  placeChoice.replaceChildren();
  clearResults();
  countsNow = () => allFilters();
  const terms = searchKeys(state.query).join(" ");
  if (!terms && !filtered(state)) {
    status.textContent = SEARCH_AR.empty;
    await renderFilters(state);
    return;
  }
  status.textContent = SEARCH_AR.searching;
  list.setAttribute("aria-busy", "true");
  let entry: NameSearchEntry | null = null;
  if (terms && !state.text) {
    const found = await named(state.query);
    if (!current()) return;
    entry = found.length === 1 ? found[0]! : (found.find((e) => entryKey(e) === state.pick) ?? null);
    if (found.length > 1 && !entry) {
      offerChoice(found, state);
      list.setAttribute("aria-busy", "false");
      await renderFilters(state);
      return;
    }
  }
  if (entry && !filtered(state)) {
    showEntry(entry, state);
    countsNow = () => countsOf(null, { filters: { [entry!.kind]: entry!.id } });
  } else {
    const term = entry ? null : terms || null;
    const chosen = await options(state, entry);
    const search = await (await pagefind()).search(term, chosen);
    if (!current()) return;
    showSearch(search);
    countsNow = () => countsOf(term, chosen);
  }
  await (loadMore?.() ?? Promise.resolve(0));
  while (kept && shown < kept.shown && loadMore && current()) await loadMore();
  if (!current()) return;
  list.setAttribute("aria-busy", "false");
  if (kept) window.scrollTo(0, kept.scroll);
  await renderFilters(state);
}

/** The search's filters as Pagefind reads them: every condition at once. */
async function options(state: SearchState, entry: NameSearchEntry | null): Promise<{ filters?: FilterExpression }> {
  const all: FilterExpression[] = SEARCH_FILTERS.filter((key) => state.filters[key].length).map((key) => ({ [key]: { any: state.filters[key] } }));
  if (entry) all.push({ [entry.kind]: entry.id });
  if (state.from || state.to) all.push({ [PERIOD_FILTER]: { any: periodsBetween(Object.keys((await allFilters())[PERIOD_FILTER] ?? {}), state.from, state.to) } });
  return all.length ? { filters: { all } } : {};
}

/**
 * The period values a range takes in: every month inside it, and a year known
 * only as a year when the range covers all of it.
 */
function periodsBetween(values: readonly string[], from: string | null, to: string | null): string[] {
  const start = from ?? "0000-00";
  const end = to ?? "9999-99";
  const inside = values.filter((value) => (value.length === 4 ? start <= `${value}-01` && `${value}-12` <= end : start <= value && value <= end));
  // Pagefind reads an empty `any` as no condition; a range with nothing in it must find nothing.
  return inside.length ? inside : ["none"];
}

function showSearch(search: PagefindSearch): void {
  const results = search.results;
  const describe = (): string => (results.length === 0 ? SEARCH_AR.none : fill(SEARCH_AR.count, { n: results.length }) + (results.length > shown ? fill(SEARCH_AR.firstShown, { n: shown }) : ""));
  status.textContent = describe();
  const next = async (): Promise<number> => {
    setMore(null); // one page at a time, in order
    const page = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    shown += page.length;
    list.append(...page.map((r) => resultItem({ url: r.url, title: r.meta.title ?? r.url, derived: Boolean(r.meta.derived), date: r.meta.date ?? "", summary: r.meta.summary ?? "" })));
    status.textContent = describe();
    setMore(shown < results.length ? next : null);
    keep();
    return page.length;
  };
  setMore(next);
}

/** The reports that name the place (or a place inside it) or the actor, from its files of results. */
function showEntry(entry: NameSearchEntry, state: SearchState): void {
  let file = 0;
  const describe = (): string => {
    const values = { name: entry.name, type: entry.type, within: within(entry), total: entry.total, shown: entry.total > shown ? fill(SEARCH_AR.firstShown, { n: shown }) : "" };
    return fill(entry.kind === "place" ? SEARCH_AR.placeResults[entry.gender] : SEARCH_AR.actorResults, values);
  };
  const next = async (): Promise<number> => {
    setMore(null); // one file at a time, in order
    file++;
    const address = resultsFileUrl(entry.url, file);
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${address}: ${response.status}`);
    const page = (await response.json()) as ResultView[];
    shown += page.length;
    list.append(...page.map(resultItem));
    status.textContent = describe();
    setMore(file < entry.files ? next : null);
    keep();
    return page.length;
  };
  setMore(next);
  placeChoice.replaceChildren(textSearchButton(state, fill(SEARCH_AR.searchTextsFor, { query: state.query })), " ", entryLink(entry));
}

/** A name several places (or a place and an actor) share: the reader chooses which one, and the address keeps the choice. */
function offerChoice(found: NameSearchEntry[], state: SearchState): void {
  const mixed = found.some((entry) => entry.kind === "actor");
  status.textContent = fill(mixed ? SEARCH_AR.sharedNameWithActor : SEARCH_AR.sharedName, { query: state.query, n: found.length });
  const buttons = found.map((entry) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = fill(SEARCH_AR.placeChoice, { name: entry.name, type: entry.type, within: within(entry), total: entry.total });
    button.dataset.place = entry.url;
    button.addEventListener("click", () => go({ ...state, pick: entryKey(entry) }));
    return button;
  });
  placeChoice.replaceChildren(...buttons, " ", textSearchButton(state, SEARCH_AR.orSearchTexts));
}

function within(entry: NameSearchEntry): string {
  return entry.within ? fill(SEARCH_AR.within, { place: entry.within }) : "";
}

function textSearchButton(state: SearchState, label: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.addEventListener("click", () => go({ ...state, text: true, pick: null }));
  return button;
}

function entryLink(entry: NameSearchEntry): HTMLAnchorElement {
  const link = document.createElement("a");
  link.href = entry.url;
  link.textContent = fill(SEARCH_AR.placePage, { name: entry.name });
  return link;
}

function clearResults(): void {
  list.replaceChildren();
  shown = 0;
  setMore(null);
}

function setMore(next: (() => Promise<number>) | null): void {
  loadMore = next;
  moreButton.hidden = next === null;
}

/** History keeps how many results are listed and how far down the reader is, for Back. */
function keep(): void {
  const kept: Kept = { shown, scroll: window.scrollY };
  history.replaceState(kept, "");
}

interface ResultView {
  url: string;
  title: string;
  derived: boolean;
  date: string;
  summary: string;
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

function syncForm(state: SearchState): void {
  input.value = state.query;
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
    box.checked = state.filters[box.name as SearchFilter]?.includes(box.value) ?? false;
  }
  for (const [select, value] of [
    [filtersBox.querySelector<HTMLSelectElement>("select[name=from]"), state.from],
    [filtersBox.querySelector<HTMLSelectElement>("select[name=to]"), state.to],
  ] as const) {
    if (select) select.value = value ?? "";
  }
}

/** The search the form now describes, keeping what the address chose beyond it. */
function stateFromForm(base: SearchState): SearchState {
  const filters = noFilters();
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) filters[box.name as SearchFilter]?.push(box.value);
  // A value the panel does not list (no result has it now) stays chosen until unticked.
  for (const key of SEARCH_FILTERS) for (const value of base.filters[key]) if (!filtersBox.querySelector(`input[name="${key}"][value="${CSS.escape(value)}"]`)) filters[key].push(value);
  const range = (name: string, fallback: string | null): string | null => {
    const select = filtersBox.querySelector<HTMLSelectElement>(`select[name=${name}]`);
    return select ? select.value || null : fallback;
  };
  return { ...base, filters, from: range("from", base.from), to: range("to", base.to) };
}

/**
 * Each filter value's count among a search's results. Pagefind counts only the
 * filters whose index it has loaded, so every filter is loaded first; the search
 * itself is cached by then.
 */
async function countsOf(term: string | null, chosen: { filters?: FilterExpression }): Promise<FilterCounts> {
  await allFilters();
  return (await (await pagefind()).search(term, chosen)).filters;
}

let everyFilter: Promise<FilterCounts> | undefined;
/** Every filter's values over the whole archive: a download of their own, made when the panel opens or the address filters. */
function allFilters(): Promise<FilterCounts> {
  everyFilter ??= pagefind().then((api) => api.filters());
  return everyFilter;
}

/**
 * The filters, each value with its count among the current results (a value no
 * result has is left out unless chosen), places and actors named by their index
 * entries so that homonyms are told apart; then the date range.
 */
function reviewLabel(value: string): string {
  return value === "reviewed" || value === "machine" ? REVIEW_FILTER_AR[value] : value;
}

async function renderFilters(state: SearchState): Promise<void> {
  if (!filtersPanel.open) return;
  const mine = generation;
  const counts = await countsNow();
  const labels = new Map((await names()).map((entry) => [entryKey(entry), entry.name + within(entry)]));
  const fieldsets: HTMLFieldSetElement[] = [];
  for (const key of SEARCH_FILTERS) {
    const available = counts[key] ?? {};
    const values = [...new Set([...Object.keys(available).filter((v) => (available[v] ?? 0) > 0), ...state.filters[key]])];
    if (!values.length) continue;
    const label = (value: string): string => labels.get(`${key}:${value}`) ?? (key === "review" ? reviewLabel(value) : value);
    values.sort((a, b) => (available[b] ?? 0) - (available[a] ?? 0) || compareArabic(label(a), label(b)));
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = SEARCH_AR.filters[key];
    fieldset.append(legend);
    values.forEach((value, i) => {
      const id = `f-${key}-${i}`;
      const box = document.createElement("input");
      Object.assign(box, { type: "checkbox", name: key, value, id, checked: state.filters[key].includes(value) });
      const text = document.createElement("label");
      text.htmlFor = id;
      text.textContent = fill(SEARCH_AR.filterValue, { label: label(value), n: available[value] ?? 0 });
      const row = document.createElement("div");
      row.append(box, text);
      fieldset.append(row);
    });
    fieldsets.push(fieldset);
  }
  fieldsets.push(periodFieldset(Object.keys((await allFilters())[PERIOD_FILTER] ?? {}), state));
  if (mine !== generation) return; // a newer search draws its own
  const active = document.activeElement;
  const focused = (active instanceof HTMLInputElement || active instanceof HTMLSelectElement) && filtersBox.contains(active) ? `${active.name}\u0000${active.value}` : null;
  filtersBox.replaceChildren(...fieldsets);
  // The panel is drawn anew after every change: the control the reader was on keeps the focus.
  if (focused) {
    for (const control of filtersBox.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")) {
      if (`${control.name}\u0000${control.value}` === focused || (control instanceof HTMLSelectElement && focused.startsWith(`${control.name}\u0000`))) {
        control.focus();
        break;
      }
    }
  }
}

/** From–to, over every month from the archive's first to its last (a year known only as a year stands for its twelve). */
function periodFieldset(periods: readonly string[], state: SearchState): HTMLFieldSetElement {
  const months = periods.flatMap((p) => (p.length === 4 ? [`${p}-01`, `${p}-12`] : [p])).sort();
  const all: string[] = [];
  if (months.length) {
    for (let [year, month] = months[0]!.split("-").map(Number) as [number, number]; ; ) {
      const key = `${year}-${String(month).padStart(2, "0")}`;
      all.push(key);
      if (key >= months[months.length - 1]!) break;
      month = month === 12 ? 1 : month + 1;
      if (month === 1) year++;
    }
  }
  const fieldset = document.createElement("fieldset");
  fieldset.className = "period";
  const legend = document.createElement("legend");
  legend.textContent = SEARCH_AR.period;
  fieldset.append(legend);
  for (const [name, words, value] of [
    ["from", SEARCH_AR.from, state.from],
    ["to", SEARCH_AR.to, state.to],
  ] as const) {
    const select = document.createElement("select");
    select.name = name;
    select.id = `f-${name}`;
    const any = new Option(SEARCH_AR.anyTime, "");
    select.append(any, ...(name === "to" ? [...all].reverse() : all).map((key) => new Option(formatMonthKey(key), key)));
    select.value = value ?? "";
    const label = document.createElement("label");
    label.htmlFor = select.id;
    label.textContent = words;
    const row = document.createElement("div");
    row.append(label, " ", select);
    fieldset.append(row);
  }
  const note = document.createElement("p");
  note.className = "note";
  note.textContent = SEARCH_AR.periodNote;
  fieldset.append(note);
  return fieldset;
}

async function start(): Promise<void> {
  // The page restores its own scroll once its results are back; the browser's would come too early.
  history.scrollRestoration = "manual";
  form.hidden = false;
  filtersPanel.hidden = false;
  const initial = stateFromUrl();
  if (filtered(initial)) filtersPanel.open = true;
  filtersPanel.addEventListener("toggle", () => void renderFilters(stateFromUrl()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // A new query starts from the name indexes again, with the filters the form has.
    go({ ...stateFromForm(stateFromUrl()), query: input.value.trim(), text: false, pick: null });
  });
  filtersBox.addEventListener("change", () => go(stateFromForm(stateFromUrl())));
  moreButton.addEventListener("click", () => {
    const before = shown;
    void loadMore?.().then(() => {
      // The button may be gone now; the first new result takes the focus, so reading goes on from there.
      list.children[before]?.querySelector("a")?.focus();
    });
  });
  // Leaving for a result: history keeps where the reader was.
  window.addEventListener("pagehide", keep);
  list.addEventListener("click", keep);
  window.addEventListener("popstate", (event) => void show(stateFromUrl(), keptIn(event.state)));
  await show(initial, keptIn(history.state));
  document.documentElement.dataset.searchReady = "true";
}

function keptIn(value: unknown): Kept | null {
  const kept = value as Partial<Kept> | null;
  return typeof kept?.shown === "number" && typeof kept.scroll === "number" ? { shown: kept.shown, scroll: kept.scroll } : null;
}

start().catch((error: unknown) => {
  status.textContent = SEARCH_AR.failed;
  console.error(error);
});
