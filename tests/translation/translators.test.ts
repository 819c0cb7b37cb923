// A translator's whole path through the real command, on a copy of the shipped content: a German-like
// language 35 % longer than the Dutch, filled only through PO and only through XLIFF (as a tool would,
// with gettext-parser and an XML DOM), imports whole and is judged by the measured fit alone; round trips
// change no byte; PO files as Poedit and Weblate write them are read; a language copied by hand from the
// source counts as untranslated; accept touches only the kit that has the text.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { po } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { dts } from '../helpers/run-dts.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const DTS = 'data-team-start';
const CHECKLIST = 'checklist-samen-data-delen';

function copyContent() {
  const dir = mkdtempSync(path.join(tmpdir(), 'dts-translators-'));
  const content = path.join(dir, 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  return { dir, content, translations: path.join(dir, 'translations') };
}

/** Every file of the content folder, by path: what "no byte changed" compares. */
function snapshot(content: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(content, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(content, file), readFileSync(file, 'utf8'));
  }
  return files;
}

/** A German-like text: the Dutch 35 % longer in characters, in words a little longer than Dutch ones. */
function longer(text: string): string {
  if (/^https:\/\/\S+$/.test(text)) return text; // a web address is not translated
  const filler = ['Übersetzung', 'und', 'Zusammenarbeit', 'für', 'Datenteams'];
  const target = Math.ceil([...text].length * 1.35);
  let result = text;
  for (let i = 0; [...result].length + 1 + (filler[i % filler.length]?.length ?? 0) <= target; i++)
    result += ` ${filler[i % filler.length]}`;
  return result;
}

const CUT = /about (\d+) characters? too long/;

/** Each overflow reported, by field: the characters to cut must be named in every one. */
function overflows(output: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of output.split('\n')) {
    if (!line.includes('does not fit')) continue;
    const cut = CUT.exec(line);
    expect(cut, line).not.toBeNull();
    const field = /error {2}(\S+) {2}/.exec(line)?.[1] ?? '(content)';
    found.set(field, Math.max(found.get(field) ?? 0, Number(cut![1])));
  }
  return found;
}

async function checkLonger(
  content: string,
  dir: string,
  imported: { code: number; out: string; err: string },
) {
  const named = overflows(imported.err);
  // Exit 0 exactly when every text fits; else each one that does not was named with what to cut.
  expect(imported.code).toBe(named.size > 0 ? 1 : 0);
  expect(imported.err).not.toContain('characters long');
  if (named.size === 0) expect(imported.out).toContain('Every text fits its boxes');
  const built = await dts('build', '--content', content, '--lang', 'de', '--out', path.join(dir, 'out'));
  const failed = overflows(built.err);
  expect([...failed.keys()].filter((f) => f !== '(content)' && !named.has(f))).toEqual([]);
  if (named.size === 0) {
    expect(built.code).toBe(0);
    for (const name of ['poster-a2.pdf', 'deck.pptx', 'handbook.docx'])
      expect(readdirSync(path.join(dir, 'out', DTS, 'de'))).toContain(name);
    for (const name of ['checklist.pdf', 'cards.pdf', 'workshop-deck.pptx', 'workshop-guide.docx'])
      expect(readdirSync(path.join(dir, 'out', CHECKLIST, 'de'))).toContain(name);
  } else expect(built.code).toBe(1);
  // Every text is in the German file: nothing of the translator's work was dropped.
  const de = readFileSync(path.join(content, DTS, 'texts', 'de.yaml'), 'utf8');
  expect(de).toContain('Zusammenarbeit');
  expect(de).not.toContain('fallback:');
}

describe('a German-like translation 35 % longer than the Dutch', () => {
  it('imports whole through PO and is judged by the measured fit alone', async () => {
    const { dir, content, translations } = copyContent();
    expect(
      (await dts('translate', 'export', '--content', content, '--lang', 'de', '--out', translations)).code,
    ).toBe(0);
    const files: string[] = [];
    for (const kit of [DTS, CHECKLIST]) {
      const file = path.join(translations, `${kit}.de.po`);
      const table = po.parse(readFileSync(file));
      for (const byId of Object.values(table.translations))
        for (const entry of Object.values(byId)) if (entry.msgid) entry.msgstr = [longer(entry.msgid)];
      writeFileSync(file, po.compile(table));
      files.push(file);
    }
    await checkLonger(content, dir, await dts('translate', 'import', ...files, '--content', content));
  }, 60_000);

  it('imports whole through XLIFF and is judged by the measured fit alone', async () => {
    const { dir, content, translations } = copyContent();
    const exported = await dts(
      'translate',
      'export',
      '--content',
      content,
      '--lang',
      'de',
      '--format',
      'xliff',
      '--out',
      translations,
    );
    expect(exported.code).toBe(0);
    const files: string[] = [];
    for (const kit of [DTS, CHECKLIST]) {
      const file = path.join(translations, `${kit}.de.xlf`);
      const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml');
      const units = doc.getElementsByTagName('trans-unit');
      for (let i = 0; i < units.length; i++) {
        const unit = units.item(i)!;
        const source = unit.getElementsByTagName('source').item(0)!;
        const target = doc.createElementNS(unit.namespaceURI, 'target');
        target.setAttribute('state', 'translated');
        target.appendChild(doc.createTextNode(longer(source.textContent ?? '')));
        unit.insertBefore(target, source.nextSibling);
      }
      writeFileSync(file, new XMLSerializer().serializeToString(doc));
      files.push(file);
    }
    await checkLonger(content, dir, await dts('translate', 'import', ...files, '--content', content));
  }, 60_000);
});

describe('round trips', () => {
  for (const format of ['po', 'xliff'])
    it(`export and import of the shipped English as ${format} change no byte of the content`, async () => {
      const { content, translations } = copyContent();
      const before = snapshot(content);
      expect(
        (
          await dts(
            'translate',
            'export',
            '--content',
            content,
            '--lang',
            'en',
            '--format',
            format,
            '--out',
            translations,
          )
        ).code,
      ).toBe(0);
      const files = readdirSync(translations).map((f) => path.join(translations, f));
      expect(files).toHaveLength(2);
      const imported = await dts('translate', 'import', ...files, '--content', content);
      expect(imported.code).toBe(0);
      expect(imported.out).toContain('0 texts changed');
      expect(snapshot(content)).toEqual(before);
    }, 60_000);
});

/** A German PO file of data-team-start as exported, without its X-Dts-Kit header. */
async function headerlessGerman() {
  const { content, translations } = copyContent();
  await dts('translate', 'export', '--content', content, '--kit', DTS, '--lang', 'de', '--out', translations);
  const table = po.parse(readFileSync(path.join(translations, `${DTS}.de.po`)));
  delete table.headers['X-Dts-Kit'];
  return { content, translations, table };
}

describe('PO files as translation tools write them', () => {
  it('takes Language: de_DE, Poedit and Weblate headers, and no X-Dts-Kit header (the kit from the ids)', async () => {
    const { content, translations, table } = await headerlessGerman();
    Object.assign(table.headers, {
      Language: 'de_DE',
      'Language-Team': 'German <https://hosted.weblate.org/projects/dts/de/>',
      'Plural-Forms': 'nplurals=2; plural=n != 1;',
      'X-Generator': 'Poedit 3.4.2',
      'X-Poedit-SourceCharset': 'UTF-8',
      'Report-Msgid-Bugs-To': '',
      'POT-Creation-Date': '2026-01-05 10:00+0100',
    });
    table.translations['kit.title']!['Data Team Start']!.msgstr = ['Datenteam-Start'];
    const file = path.join(translations, 'messages.po');
    writeFileSync(file, po.compile(table));
    const imported = await dts('translate', 'import', file, '--content', content);
    expect(imported.err).toBe('');
    expect(imported.out).toContain(`no X-Dts-Kit header; the kit is ${DTS}, by the entries' text ids`);
    expect(imported.code).toBe(0);
    expect(readFileSync(path.join(content, DTS, 'texts', 'de.yaml'), 'utf8')).toContain(
      'title: Datenteam-Start\n',
    );
  });

  it('says so when neither a header, the file name nor the texts tell the kit (nothing written)', async () => {
    const { content, translations, table } = await headerlessGerman();
    // kit.title alone is a text of both kits.
    table.translations = { '': table.translations['']!, 'kit.title': table.translations['kit.title']! };
    table.translations['kit.title']!['Data Team Start']!.msgstr = ['Datenteam-Start'];
    const file = path.join(translations, 'messages.po');
    writeFileSync(file, po.compile(table));
    const imported = await dts('translate', 'import', file, '--content', content);
    expect(imported.code).toBe(1);
    expect(imported.err).toContain(`names no kit, and its texts are in more than one (${CHECKLIST}, ${DTS})`);
    expect(imported.err).toContain('Nothing was imported from');
    expect(readdirSync(path.join(content, DTS, 'texts'))).not.toContain('de.yaml');
  });
});

describe('a language copied by hand from the source file', () => {
  it('counts texts still identical to the source as untranslated until accepted', async () => {
    const { content } = copyContent();
    const texts = path.join(content, DTS, 'texts');
    writeFileSync(
      path.join(texts, 'de.yaml'),
      readFileSync(path.join(texts, 'nl.yaml'), 'utf8').replace(/^language: nl$/m, 'language: de'),
    );
    const status = await dts('translate', 'status', '--content', content, '--kit', DTS, '--lang', 'de');
    const total = Number(/(\d+) texts in nl/.exec(status.out)?.[1]);
    expect(status.out).toContain(`  de     0 translated · ${total} missing · 0 outdated`);
    // A name kept as it is: accepted explicitly, then it counts.
    expect(
      (await dts('translate', 'accept', '--content', content, '--lang', 'de', '--field', 'kit.title')).code,
    ).toBe(0);
    const after = await dts('translate', 'status', '--content', content, '--kit', DTS, '--lang', 'de');
    expect(after.out).toContain(`  de     1 translated · ${total - 1} missing · 0 outdated`);
  });
});

describe('dts translate accept --field', () => {
  it('without --kit touches only the kit that has the text, and says which', async () => {
    const { content } = copyContent();
    const before = snapshot(content);
    const key = 'assignments.problem-tree.title';
    const result = await dts('translate', 'accept', '--content', content, '--lang', 'en', '--field', key);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`^${DTS} en: recorded 1 text as translated`));
    expect(result.out).not.toContain(CHECKLIST);
    const changed = [...snapshot(content)].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);
    expect(changed.every((f) => f.startsWith(DTS))).toBe(true);
  });

  it('asks for --kit when the id is a text of more than one kit, and changes nothing', async () => {
    const { content } = copyContent();
    const before = snapshot(content);
    const result = await dts(
      'translate',
      'accept',
      '--content',
      content,
      '--lang',
      'en',
      '--field',
      'kit.title',
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain(`kit.title is a text of ${CHECKLIST} and ${DTS}: name the kit with --kit`);
    expect(snapshot(content)).toEqual(before);
  });
});
