// The parts of a DOCX are taken from docx's compiler (Packer.compiler) rather than zipped by Packer with a
// JavaScript deflate and unzipped again: they must be the parts Packer would have zipped, and a docx
// version without that compiler must be noticed here, not in the build's time.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { documentParts } from '../../src/render/docx/emit.js';
import { readPackage } from '../../src/render/ooxml/package.js';

const doc = (): Document =>
  new Document({
    creator: 'test',
    sections: [
      { children: [new Paragraph({ children: [new TextRun('Één tekst'), new TextRun(' en meer')] })] },
    ],
  });

describe('the parts of a docx Document', () => {
  it("come from docx's compiler, which this docx version has", () => {
    const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
    expect(typeof compiler?.compile).toBe('function');
  });

  it('are the parts Packer zips, in its order, byte for byte (the time in core.xml aside)', async () => {
    const ours = await documentParts(doc());
    const packed = readPackage(await Packer.toBuffer(doc()));
    expect([...ours.keys()]).toEqual([...packed.keys()]);
    const stamp = (b: Buffer | undefined): string =>
      (b?.toString('utf8') ?? '').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
    for (const [name, data] of ours) expect(stamp(data), name).toBe(stamp(packed.get(name)));
  });
});
