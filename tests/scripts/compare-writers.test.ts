// The package inspections of npm run compare:writers find what they report: parts declared or referenced
// but missing, the shape of speaker notes, what differs between two builds, and markup-compatibility
// processing. Small packages made here, so the figures in the README rest on checks that can fail.
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../src/render/ooxml/zip.js';
import {
  differences,
  missingParts,
  notesShape,
  slideMasters,
  withoutIgnorable,
} from '../../scripts/compare-writers/inspect.js';

const zip = (parts: Record<string, string>, date = new Date(Date.UTC(2026, 0, 1))): Buffer =>
  writeZip(
    Object.entries(parts).map(([name, xml]) => ({ name, data: Buffer.from(xml, 'utf8') })),
    { date },
  );

const TYPES = (...names: string[]) =>
  `<Types>${names.map((n) => `<Override PartName="/${n}" ContentType="x"/>`).join('')}</Types>`;

describe('compare:writers inspections', () => {
  it('find content types and relationships that name parts the package lacks', () => {
    const bytes = zip({
      '[Content_Types].xml': TYPES('ppt/slideMasters/slideMaster1.xml', 'ppt/slideMasters/slideMaster2.xml'),
      'ppt/presentation.xml':
        '<p:presentation><p:sldMasterIdLst><p:sldMasterId id="1" r:id="rId1"/></p:sldMasterIdLst></p:presentation>',
      'ppt/_rels/presentation.xml.rels':
        '<Relationships><Relationship Id="rId1" Target="slideMasters/slideMaster1.xml"/><Relationship Id="rId2" Target="slides/slide9.xml"/><Relationship Id="rId3" TargetMode="External" Target="https://example.org"/></Relationships>',
      'ppt/slideMasters/slideMaster1.xml': '<p:sldMaster/>',
    });
    expect(missingParts(bytes)).toEqual([
      '[Content_Types].xml declares ppt/slideMasters/slideMaster2.xml',
      'ppt/_rels/presentation.xml.rels points to ppt/slides/slide9.xml',
    ]);
    expect(slideMasters(bytes)).toEqual({ listed: 1, declared: 2, present: 1 });
  });

  it('count the notes body placeholder: paragraphs, runs and their languages', () => {
    const notes = (body: string) =>
      `<p:notes><p:sp><p:nvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr></p:sp><p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:txBody>${body}</p:txBody></p:sp></p:notes>`;
    const bytes = zip({
      'ppt/notesSlides/notesSlide1.xml': notes('<a:p><a:r><a:rPr lang="en-US"/><a:t>a\nb</a:t></a:r></a:p>'),
      'ppt/notesSlides/notesSlide2.xml': notes(
        '<a:p><a:r><a:rPr lang="nl-NL" b="1"/><a:t>Kop</a:t></a:r></a:p><a:p><a:r><a:rPr lang="nl-NL"/><a:t>Tekst</a:t></a:r></a:p>',
      ),
    });
    expect(notesShape(bytes)).toEqual({ pages: 2, paragraphs: 3, runs: 3, languages: ['en-US', 'nl-NL'] });
  });

  it('tell a changed part from changed zip times only', () => {
    const a = zip({ 'docProps/core.xml': '<c>1</c>', 'x.xml': '<x/>' });
    expect(differences(a, zip({ 'docProps/core.xml': '<c>1</c>', 'x.xml': '<x/>' })).identical).toBe(true);
    const later = zip({ 'docProps/core.xml': '<c>1</c>', 'x.xml': '<x/>' }, new Date(Date.UTC(2026, 5, 1)));
    expect(differences(a, later)).toEqual({ identical: false, parts: [], zipOnly: true });
    expect(differences(a, zip({ 'docProps/core.xml': '<c>2</c>', 'x.xml': '<x/>' })).parts).toEqual([
      'docProps/core.xml',
    ]);
  });

  it('drop mc:Ignorable and what it names, and nothing else', () => {
    const xml =
      '<w:document xmlns:mc="m" xmlns:w15="e" mc:Ignorable="w15"><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"/><w15:extra a="1">x</w15:extra><w15:empty/></w:document>';
    const processed = readZip(withoutIgnorable(zip({ 'word/document.xml': xml })));
    expect(processed.get('word/document.xml')?.toString('utf8')).toBe(
      '<w:document xmlns:mc="m" xmlns:w15="e"><w:abstractNum w:abstractNumId="0"/></w:document>',
    );
  });
});
