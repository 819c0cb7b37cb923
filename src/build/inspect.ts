// What a built file holds, read back from its bytes for the manifest: pages of a PDF, slides of a deck,
// the page count a DOCX states. Cheap string scans, no parsing libraries.
import { readPackage } from '../render/ooxml/package.js';

export interface FileFacts {
  readonly pages?: number;
  readonly slides?: number;
  /** A poster's canvas figures: free writing share, smallest type, 76 mm sticky notes per zone. */
  readonly canvas?: CanvasFacts;
}

export interface CanvasFacts {
  readonly writingFraction: number;
  readonly minTitlePt: number;
  readonly minInstructionPt: number;
  readonly stickyNotes: Readonly<Record<string, number>>;
  /** Ruled rows per table zone: tables are written in by hand, one row per team member. */
  readonly tableRows: Readonly<Record<string, number>>;
}

export async function inspectFile(name: string, bytes: Buffer): Promise<FileFacts> {
  if (name.endsWith('.pdf')) {
    const canvas = pdfCanvas(bytes);
    return { pages: pdfPages(bytes), ...(canvas ? { canvas } : {}) };
  }
  if (name.endsWith('.pptx')) {
    // Only names are needed: nothing is decompressed.
    let slides = 0;
    readPackage(bytes, (name) => {
      if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) slides += 1;
      return false;
    });
    return { slides };
  }
  if (name.endsWith('.docx')) {
    const parts = readPackage(bytes, (name) => name === 'docProps/app.xml');
    const app = parts.get('docProps/app.xml')?.toString('utf8');
    const pages = app ? /<Pages>(\d+)<\/Pages>/.exec(app)?.[1] : undefined;
    return pages ? { pages: Number(pages) } : {};
  }
  return {};
}

/** Page objects of a PDF whose object dictionaries are not compressed (as pdfkit writes them). */
function pdfPages(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The figures the poster renderer put in the document info (DtsCanvas), if any. */
function pdfCanvas(bytes: Buffer): CanvasFacts | undefined {
  const text = bytes.toString('latin1');
  const ref = /\/DtsCanvas (\d+) 0 R/.exec(text)?.[1];
  if (!ref) return undefined;
  const value = new RegExp(`\\n${ref} 0 obj\\n\\((.*)\\)\\nendobj`).exec(text)?.[1];
  if (!value) return undefined;
  try {
    return JSON.parse(value.replace(/\\([()\\])/g, '$1')) as CanvasFacts;
  } catch {
    return undefined;
  }
}
