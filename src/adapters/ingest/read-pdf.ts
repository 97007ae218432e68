// Reads a PDF's text layer with unpdf (PDF.js); title and date from the document info when present.
// A PDF that PDF.js cannot open is refused as corrupt; one with no text layer (a scan) is refused too.
import path from 'node:path';
import { normalizeDate } from '../../shared/text/normalize-date.ts';
import { accepted, type ReadOutcome, type ReaderInput, rejected } from './types.ts';

type PdfInfo = Record<string, unknown>;

export async function readPdf(input: ReaderInput): Promise<ReadOutcome> {
  const { extractText, getDocumentProxy, getMeta } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy, as a Uint8Array.
    pdf = await getDocumentProxy(new Uint8Array(input.bytes), { verbosity: 0 });
  } catch (error) {
    return rejected(pdfFailure(error));
  }
  try {
    const { text: pages } = await extractText(pdf, { mergePages: false });
    const text = pages
      .map((page) => page.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim())
      .filter(Boolean)
      .join('\n\n');
    if (!text) return rejected('PDF has no extractable text (it may be scanned images; OCR is not supported)');
    const info = await getMeta(pdf, { parseDates: true }).then((meta) => meta.info as PdfInfo).catch(() => ({}) as PdfInfo);
    const baseName = path.basename(input.path);
    return accepted([
      {
        url: input.url,
        title: stringOf(info.Title) ?? firstLine(text) ?? baseName.replace(/\.[^.]+$/, ''),
        outlet: baseName,
        byline: stringOf(info.Author),
        publishedAt: normalizeDate(info.CreationDate instanceof Date ? info.CreationDate : stringOf(info.CreationDate)),
        kind: 'other',
        text,
      },
    ]);
  } catch (error) {
    return rejected(pdfFailure(error));
  } finally {
    await pdf.loadingTask.destroy().catch(() => undefined);
  }
}

function pdfFailure(error: unknown): string {
  const name = (error as Error)?.name ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException') return 'PDF is password-protected';
  return `corrupt PDF: could not be parsed (${message})`;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function firstLine(text: string): string | undefined {
  const line = text.split('\n', 1)[0].trim();
  return line && line.length <= 150 ? line : undefined;
}
