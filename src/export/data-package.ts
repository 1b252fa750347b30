import { posix } from "node:path";
import { ARCHIVE_LICENCE } from "../archive.ts";
import { routes } from "../routes.ts";
import { ARCHIVE_NAME_AR, TERMS_AR } from "../views/labels.ts";
import type { Codebook, Column } from "./codebook.ts";

/** A source the archive's data rests on, credited as its licence asks. */
export interface Attribution {
  id: string;
  title: string;
  url: string;
  licence: string | null;
}

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export const PARTIAL_DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

/** The CSV dialect every table is written in (`csv()`): quoted fields, doubled quotes, CRLF, a header row. */
const DIALECT = { delimiter: ",", quoteChar: '"', doubleQuote: true, lineTerminator: "\r\n", header: true } as const;

/**
 * `datapackage.json`: the Frictionless Data Package of the exports, the
 * convention data tools (frictionless, pandas readers, Open Knowledge's tools)
 * read. Made from the codebook: each CSV is a tabular resource whose schema lists
 * its columns in order, with their types, meanings, codes and Arabic labels
 * (Table Schema's `categories`, and `constraints.enum` for single-code columns).
 * Paths are relative to the package, which sits beside the files in `/data/`.
 */
export function dataPackage(codebook: Codebook, baseUrl: string, sources: readonly Attribution[]): Record<string, unknown> {
  const dataDir = posix.dirname(routes.dataPackage);
  const relativePath = (path: string): string => posix.relative(dataDir, path);
  return {
    profile: "tabular-data-package",
    name: "open-incident-archive",
    title: ARCHIVE_NAME_AR,
    description: `${TERMS_AR.licence} ${TERMS_AR.coordinates}`,
    homepage: new URL(routes.data, baseUrl).href,
    licenses: [{ name: ARCHIVE_LICENCE.name, path: ARCHIVE_LICENCE.url, title: ARCHIVE_LICENCE.title }],
    sources: sources.map((source) => ({ title: source.licence ? `${source.title} (${source.licence})` : source.title, path: source.url })),
    resources: [
      ...codebook.tables.map((table) => ({
        name: table.name,
        path: relativePath(table.path),
        profile: "tabular-data-resource",
        title: table.title,
        description: table.row,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: DIALECT,
        schema: {
          fields: table.columns.map(field),
          missingValues: [""],
          ...(table.primaryKey ? { primaryKey: [...table.primaryKey] } : {}),
        },
      })),
      ...codebook.documents.map((document) => ({
        name: document.name,
        path: relativePath(document.path),
        profile: "data-resource",
        title: document.title,
        description: document.description,
        format: document.format,
        mediatype: document.mediatype,
        encoding: "utf-8",
      })),
    ],
  };
}

function field(column: Column): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  if (column.values && !column.list) constraints.enum = column.values.map((v) => v.value);
  if (column.datePattern) constraints.pattern = PARTIAL_DATE_PATTERN;
  return {
    name: column.name,
    type: column.type,
    ...(column.type === "date" ? { format: "default" } : {}),
    description: column.list ? `${column.description} (قائمة مفصولة بـ «; »)` : column.description,
    ...(column.values ? { categories: column.values.map((v) => ({ value: v.value, label: v.label })) } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}
