// Decides how to read a file from its extension AND its bytes, so a renamed binary is refused, not indexed.
import { decodeText, isBinary, startsWith } from '../../shared/text/decode-bytes.ts';

export { decodeText, isBinary } from '../../shared/text/decode-bytes.ts';

export type FileType = 'html' | 'markdown' | 'text' | 'pdf' | 'jsonl';

export type Detection = { ok: true; type: FileType; text: string } | { ok: false; reason: string };

const EXTENSIONS: Record<string, FileType> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.md': 'markdown', '.markdown': 'markdown', '.mdown': 'markdown', '.mkd': 'markdown',
  '.txt': 'text', '.text': 'text', '': 'text',
  '.pdf': 'pdf',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS).filter(Boolean);

/** Well-known binary signatures, named so the rejection says what the file is. */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP archive (also .docx, .xlsx, .epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];


export function detectType(extension: string, bytes: Uint8Array): Detection {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const ext = extension.toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, type: 'pdf', text: '' };
  if (ext === '.pdf') return { ok: false, reason: 'corrupt PDF: the file does not start with a %PDF header' };
  const signature = SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return { ok: false, reason: `binary file (${signature.name}), not a document Crosscheck can read` };
  if (isBinary(bytes)) return { ok: false, reason: 'binary file (not text: mostly NUL or control bytes, or invalid UTF-8), not a document Crosscheck can read' };
  const declared = EXTENSIONS[ext];
  if (!declared) {
    return { ok: false, reason: `unsupported file type "${ext}" (supported: ${SUPPORTED_EXTENSIONS.join(', ')})` };
  }
  const text = decodeText(bytes);
  if (!text.trim()) return { ok: false, reason: 'empty file (only whitespace)' };
  const type = declared === 'text' && /^\s*<(?:!doctype\s+html|html[\s>])/i.test(text) ? 'html' : declared;
  return { ok: true, type, text };
}
