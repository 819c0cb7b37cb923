// Looking inside an OOXML package: parts declared or referenced but missing, how speaker notes are
// written, and which parts differ between two builds of the same input.
import path from 'node:path';
import { readZip, writeZip } from '../../src/render/ooxml/zip.js';

type Parts = ReadonlyMap<string, Buffer>;

const parts = (bytes: Buffer): Parts => readZip(bytes);
const text = (p: Parts, name: string): string => p.get(name)?.toString('utf8') ?? '';

/** Content-type overrides and relationship targets that name a part the package does not hold. */
export function missingParts(bytes: Buffer): string[] {
  const p = parts(bytes);
  const missing = new Set<string>();
  for (const m of text(p, '[Content_Types].xml').matchAll(/<Override PartName="\/([^"]+)"/g)) {
    const name = m[1] ?? '';
    if (!p.has(name)) missing.add(`[Content_Types].xml declares ${name}`);
  }
  for (const [name, data] of p) {
    if (!name.endsWith('.rels')) continue;
    const source = path.posix.dirname(path.posix.dirname(name));
    for (const m of data.toString('utf8').matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      if (/TargetMode="External"/.test(tag)) continue;
      const target = /Target="([^"]+)"/.exec(tag)?.[1] ?? '';
      const resolved = target.startsWith('/')
        ? target.slice(1)
        : path.posix.normalize(path.posix.join(source, target));
      if (!p.has(resolved)) missing.add(`${name} points to ${resolved}`);
    }
  }
  return [...missing].sort();
}

/** Slide masters: how many presentation.xml lists, how many the content types declare, how many exist. */
export function slideMasters(bytes: Buffer): { listed: number; declared: number; present: number } {
  const p = parts(bytes);
  return {
    listed: [...text(p, 'ppt/presentation.xml').matchAll(/<p:sldMasterId\b/g)].length,
    declared: [...text(p, '[Content_Types].xml').matchAll(/PartName="\/ppt\/slideMasters\/[^"]+"/g)].length,
    present: [...p.keys()].filter((n) => /^ppt\/slideMasters\/[^/]+\.xml$/.test(n)).length,
  };
}

/** The speaker notes' body placeholder on every notes page: paragraphs, runs and the languages of the runs. */
export function notesShape(bytes: Buffer): {
  pages: number;
  paragraphs: number;
  runs: number;
  languages: string[];
} {
  const p = parts(bytes);
  const pages = [...p.keys()].filter((n) => /^ppt\/notesSlides\/[^/]+\.xml$/.test(n));
  let paragraphs = 0;
  let runs = 0;
  const languages = new Set<string>();
  for (const page of pages) {
    const body = /<p:sp>(?:(?!<\/p:sp>).)*?<p:ph type="body"[\s\S]*?<\/p:sp>/.exec(text(p, page))?.[0] ?? '';
    paragraphs += [...body.matchAll(/<a:p>/g)].length;
    for (const r of body.matchAll(/<a:r><a:rPr\b([^>]*)/g)) {
      runs++;
      languages.add(/lang="([^"]+)"/.exec(r[1] ?? '')?.[1] ?? '(none)');
    }
  }
  return { pages: pages.length, paragraphs, runs, languages: [...languages].sort() };
}

/** What differs between two builds: the parts whose bytes differ, and whether the zip differs beyond them. */
export function differences(a: Buffer, b: Buffer): { identical: boolean; parts: string[]; zipOnly: boolean } {
  if (a.equals(b)) return { identical: true, parts: [], zipOnly: false };
  const pa = parts(a);
  const pb = parts(b);
  const names = [...new Set([...pa.keys(), ...pb.keys()])].sort();
  const differing = names.filter((n) => !(pa.get(n)?.equals(pb.get(n) ?? Buffer.alloc(0)) ?? false));
  return { identical: false, parts: differing, zipOnly: differing.length === 0 };
}

/**
 * The package as a consumer sees it after markup-compatibility processing (ECMA-376 Part 3): the
 * mc:Ignorable attribute, and attributes and elements in the namespaces it lists, removed. The transitional
 * schemas know nothing of those Office 2010+ extensions, which Word writes too.
 */
export function withoutIgnorable(bytes: Buffer): Buffer {
  const entries = [...parts(bytes)].map(([name, data]) => {
    if (!/\.(xml|rels)$/.test(name)) return { name, data };
    let xml = data.toString('utf8');
    const prefixes = /\bmc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    for (const prefix of prefixes) {
      xml = xml
        .replace(new RegExp(`\\s${prefix}:[\\w.-]+="[^"]*"`, 'g'), '')
        .replace(new RegExp(`<${prefix}:[\\w.-]+\\b[^>]*/>`, 'g'), '')
        .replace(new RegExp(`<(${prefix}:[\\w.-]+)\\b[^>]*>[\\s\\S]*?</\\1>`, 'g'), '');
    }
    return { name, data: Buffer.from(xml.replace(/\smc:Ignorable="[^"]*"/g, ''), 'utf8') };
  });
  return writeZip(entries, { date: new Date(Date.UTC(2026, 0, 1)) });
}

/** Whether any XML part declares mc:Ignorable namespaces. */
export function usesIgnorable(bytes: Buffer): boolean {
  return [...parts(bytes).values()].some((data) => data.includes('mc:Ignorable="'));
}
