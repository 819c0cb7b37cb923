// The zips as a user unpacks them: every file a user prints, named after kit, variant and language, a
// read-me in the kit's language made of its texts, and the fonts' licence; not the developer LICENSE.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build/build.js';
import { assembleOutput } from '../../src/build/output.js';
import type { AssembledOutput } from '../../src/build/output.js';
import { parsePosterVariants } from '../../src/build/poster-options.js';
import { readPackage } from '../../src/render/ooxml/package.js';
import { createRequire } from 'node:module';
import { memoryWorkspace } from '../../src/workspace/workspace.js';
import type { Edits } from '../helpers/fixture.js';
import { CHECKLIST_EN, DTS_NL, edited } from '../helpers/fixture.js';

const fontLicence = readFileSync(
  path.join(path.dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'LICENSE.md'),
);

async function output(edits: Edits = {}): Promise<AssembledOutput> {
  const posters = parsePosterVariants({});
  if (!posters.ok) throw new Error(posters.message);
  const result = await build(
    { contentDir: 'content', posters: posters.value, date: new Date('2026-11-25T00:00:00Z') },
    memoryWorkspace(edited(edits)),
  );
  if (result.diagnostics.some((d) => d.severity === 'error'))
    throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return assembleOutput(result, { generator: 'dts test', fontLicence });
}

function zip(out: AssembledOutput, name: string): Map<string, Buffer> {
  const file = out.files.find((f) => f.path === `downloads/${name}`);
  if (!file) throw new Error(`no ${name} in ${out.files.map((f) => f.path).join(', ')}`);
  return readPackage(file.bytes);
}

let out: AssembledOutput;
beforeAll(async () => {
  out = await output();
}, 60_000);

describe('the zip of each kit and language', () => {
  it('holds every file a user prints, the read-me and the fonts’ licence, each name carrying kit and language', () => {
    const expected: Record<string, string[]> = {
      'data-team-start-1.0.0-nl.zip': [
        'LEESMIJ.txt',
        'SourceSans3-OFL.txt',
        'data-team-start-deck-nl.pptx',
        'data-team-start-handbook-nl.docx',
        'data-team-start-poster-a2-bleed-nl.pdf',
        'data-team-start-poster-a2-nl.pdf',
        'data-team-start-poster-a2-tiled-a3-nl.pdf',
        'data-team-start-poster-a2-tiled-a4-nl.pdf',
      ],
      'data-team-start-1.0.0-en.zip': [
        'README.txt',
        'SourceSans3-OFL.txt',
        'data-team-start-deck-en.pptx',
        'data-team-start-handbook-en.docx',
        'data-team-start-poster-a2-bleed-en.pdf',
        'data-team-start-poster-a2-en.pdf',
        'data-team-start-poster-a2-tiled-a3-en.pdf',
        'data-team-start-poster-a2-tiled-a4-en.pdf',
      ],
      'checklist-samen-data-delen-1.0.0-nl.zip': [
        'LEESMIJ.txt',
        'SourceSans3-OFL.txt',
        'checklist-samen-data-delen-cards-nl.pdf',
        'checklist-samen-data-delen-checklist-nl.pdf',
        'checklist-samen-data-delen-workshop-deck-nl.pptx',
        'checklist-samen-data-delen-workshop-guide-nl.docx',
      ],
      'checklist-samen-data-delen-1.0.0-en.zip': [
        'README.txt',
        'SourceSans3-OFL.txt',
        'checklist-samen-data-delen-cards-en.pdf',
        'checklist-samen-data-delen-checklist-en.pdf',
        'checklist-samen-data-delen-workshop-deck-en.pptx',
        'checklist-samen-data-delen-workshop-guide-en.docx',
      ],
    };
    for (const [name, files] of Object.entries(expected)) {
      const folder = name.replace(/-1\.0\.0-(\w+)\.zip$/, '-$1');
      expect([...zip(out, name).keys()].sort(), name).toEqual(files.map((f) => `${folder}/${f}`).sort());
    }
    // Each file in the zip is the built file, byte for byte; the fonts' licence is the font package's.
    const nl = zip(out, 'data-team-start-1.0.0-nl.zip');
    const built = out.files.find(
      (f) => f.path === 'data-team-start/nl/data-team-start-poster-a2-tiled-a4-nl.pdf',
    );
    expect(nl.get('data-team-start-nl/data-team-start-poster-a2-tiled-a4-nl.pdf')?.equals(built!.bytes)).toBe(
      true,
    );
    expect(nl.get('data-team-start-nl/SourceSans3-OFL.txt')?.toString('utf8')).toContain(
      'SIL Open Font License, Version 1.1',
    );
  });

  it('has a Dutch read-me that says which file to print where, the licence, makers, funder and fonts', () => {
    const text = zip(out, 'data-team-start-1.0.0-nl.zip')
      .get('data-team-start-nl/LEESMIJ.txt')!
      .toString('utf8');
    const order = [
      'Lees mij eerst: Titel',
      'A2 voor op tafel\n  data-team-start-poster-a2-nl.pdf (',
      'A2 voor de drukker\n  data-team-start-poster-a2-bleed-nl.pdf (',
      'A2 op A4-vellen\n  data-team-start-poster-a2-tiled-a4-nl.pdf (',
      'A2 op A3-vellen\n  data-team-start-poster-a2-tiled-a3-nl.pdf (',
      'Presentatie (PowerPoint)\n  data-team-start-deck-nl.pptx (',
      'Handleiding voor begeleiders (Word)\n  data-team-start-handbook-nl.docx (',
      'Zo plak je de vellen aan elkaar',
      'Wat mag je ermee',
      'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.nl',
      'Wie heeft het gemaakt',
      'Uitgegeven door: Universiteit Utrecht',
      'Lettertype',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(
      at.every((i) => i >= 0),
      order.filter((_, i) => at[i]! < 0).join(' | '),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const flat = text.replace(/\s+/g, ' ');
    for (const words of [
      'rondom 3 mm afloop aan met snijtekens',
      'Print op ware grootte (100 % of ‘werkelijke grootte’)',
      'CC BY-NC-SA 4.0',
      'SIL Open Font License 1.1; de volledige licentietekst staat in SourceSans3-OFL.txt',
      // The fixture kit's own credits (kit.credits), as its texts have them.
      'Wie heeft het gemaakt --------------------- Makers Uitgegeven door',
    ])
      expect(flat).toContain(words);
    expect(text).not.toMatch(/[{}]/);
    expect(text.split('\n').every((line) => [...line].length <= 78)).toBe(true);
  });

  it('has an English read-me with the cards printed double-sided, flipped on the long edge', () => {
    const text = zip(out, 'checklist-samen-data-delen-1.0.0-en.zip')
      .get('checklist-samen-data-delen-en/README.txt')!
      .toString('utf8')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Read me first');
    expect(text).toContain('Tip cards checklist-samen-data-delen-cards-en.pdf');
    expect(text).toContain('‘flip on long edge’');
    expect(text).toContain('https://creativecommons.org/licenses/by-nc-sa/4.0/');
    expect(text).toContain('Published by: Utrecht University');
    // No tiles in this kit: no steps for taping them together.
    expect(text).not.toContain('tape the sheets');
  });

  it('takes every word of the read-me from the texts: the publisher and read-me name as edited', async () => {
    const changed = await output({
      [DTS_NL]: (t) =>
        t
          .replace('    name: Universiteit Utrecht', '    name: Gemeente Testdorp')
          .replace('    contact: kits@example.org\n', ''),
      [CHECKLIST_EN]: (t) => t.replace('    file: README', '    file: READ-ME'),
    });
    const nl = zip(changed, 'data-team-start-1.0.0-nl.zip').get('data-team-start-nl/LEESMIJ.txt')!;
    expect(nl.toString('utf8')).toContain('Uitgegeven door: Gemeente Testdorp');
    // No contact in the texts: no contact line, rather than an empty or made-up one.
    expect(nl.toString('utf8')).not.toContain('Contact:');
    expect(
      zip(out, 'data-team-start-1.0.0-nl.zip').get('data-team-start-nl/LEESMIJ.txt')!.toString('utf8'),
    ).toContain('Contact: kits@example.org');
    expect([...zip(changed, 'checklist-samen-data-delen-1.0.0-en.zip').keys()]).toContain(
      'checklist-samen-data-delen-en/READ-ME.txt',
    );
  }, 60_000);
});
