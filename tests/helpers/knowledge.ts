import { dataFilesFor } from "../../src/knowledge/data-files.ts";
import { loadKnowledge } from "../../src/knowledge/index.ts";

/** The repository's own data, loaded once for every test of a file. */
export const knowledge = loadKnowledge(dataFilesFor());
