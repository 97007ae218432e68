// The ingest stage: local files and folders (HTML, Markdown, text, PDF, JSONL) into the store.
export { DEFAULT_MAX_BYTES, formatSize, type IngestOptions, ingestFile, ingestPaths } from './ingest-paths.ts';
export type { FileDocument, IngestResult } from './types.ts';
