// What a built file holds, read back from its bytes for the manifest: pages of a PDF, slides of a deck,
// the page count a DOCX states. Cheap string scans, no parsing libraries.
import { readPackage } from '../render/ooxml/package.js';

export interface FileFacts {
  readonly pages?: number;
  readonly slides?: number;
}

export async function inspectFile(name: string, bytes: Buffer): Promise<FileFacts> {
  if (name.endsWith('.pdf')) return { pages: pdfPages(bytes) };
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
