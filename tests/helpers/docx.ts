// Reading a DOCX's document.xml back as the reader sees it: paragraphs in order (style, text, whether a
// list item and of which numbering), and tables as rows of cell texts.
import JSZip from 'jszip';

export interface Paragraph {
  readonly style: string;
  readonly text: string;
  /** A list item: it has numbering properties. */
  readonly listed: boolean;
  /** The numbering instance (w:numId) of a list item. */
  readonly numId?: number;
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function textOf(xml: string): string {
  return unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

export async function documentXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

/** The document's paragraphs in order, those in table cells included. */
export function paragraphsOf(xml: string): Paragraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => {
    const numId = p.match(/<w:numId w:val="(\d+)"\/>/)?.[1];
    return {
      style: p.match(/<w:pStyle w:val="([^"]+)"/)?.[1] ?? '',
      text: textOf(p),
      listed: p.includes('<w:numPr>'),
      ...(numId ? { numId: Number(numId) } : {}),
    };
  });
}

export async function paragraphs(docx: Buffer): Promise<Paragraph[]> {
  return paragraphsOf(await documentXml(docx));
}

/** Every table as its rows, each row as its cells' texts (the header row first). */
export function tablesOf(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
    [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => textOf(cell)),
    ),
  );
}
