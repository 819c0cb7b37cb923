// Validates every XML part of a DOCX or PPTX against the ECMA-376 transitional schemas in tests/schemas,
// with libxml2's xmllint (Debian's libxml2-utils). Parts are taken out of the package with our own zip
// reader and checked one schema at a time, all parts of that schema in one xmllint run. A part whose
// namespace has no schema here is an error, not a skip: nothing goes unchecked without a test saying so.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readZip } from '../../src/render/ooxml/zip.js';
import { ROOT, tempDir } from './tools.js';

const SCHEMAS = path.join(ROOT, 'tests', 'schemas');
const ECMA = path.join(SCHEMAS, 'ecma-376');

/** The schema that describes a part, by the namespace of its root element. */
const SCHEMA_OF_NAMESPACE: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/presentationml/2006/main': 'pml.xsd',
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'wml.xsd',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'dml-main.xsd',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'opc-relationships.xsd',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'opc-contentTypes.xsd',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'opc-coreProperties.xsd',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties':
    'shared-documentPropertiesExtended.xsd',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties':
    'shared-documentPropertiesCustom.xsd',
};

export interface PackageCheck {
  /** Every XML part of the package, by name. */
  readonly parts: readonly string[];
  /** The parts xmllint found valid. */
  readonly valid: readonly string[];
  /** One line per problem: the part, and what is wrong. */
  readonly errors: readonly string[];
}

/** The namespace of the root element of an XML document (the first element after the prolog). */
export function rootNamespace(xml: string): string | undefined {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const start = /<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*)>/.exec(body);
  if (!start) return undefined;
  const prefix = start[2] === undefined ? '' : start[1];
  const attribute = prefix ? `xmlns:${prefix}` : 'xmlns';
  const declared = new RegExp(`\\s${attribute.replace('.', '\\.')}\\s*=\\s*(["'])(.*?)\\1`).exec(
    start[3] ?? '',
  );
  return declared?.[2];
}

export function validatePackage(bytes: Buffer): PackageCheck {
  const dir = tempDir('dts-xsd-');
  const parts = [...readZip(bytes)].filter(([name]) => /\.(xml|rels)$/.test(name));
  const groups = new Map<string, { part: string; file: string }[]>();
  const errors: string[] = [];
  parts.forEach(([name, data], index) => {
    const namespace = rootNamespace(data.toString('utf8'));
    const schema = namespace === undefined ? undefined : SCHEMA_OF_NAMESPACE[namespace];
    if (!schema) {
      errors.push(`${name}: no schema for its root namespace ${namespace ?? '(none)'}`);
      return;
    }
    const file = path.join(dir, `${index}-${path.posix.basename(name).replace(/[^\w.-]/g, '_')}`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
    groups.set(schema, [...(groups.get(schema) ?? []), { part: name, file }]);
  });
  const valid: string[] = [];
  for (const [schema, members] of groups) {
    const result = spawnSync(
      'xmllint',
      ['--noout', '--nonet', '--schema', path.join(ECMA, schema), ...members.map((m) => m.file)],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        // The Dublin Core imports of the core-properties schema resolve to local stand-ins.
        env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') },
      },
    );
    if (result.error || result.status === null)
      throw new Error(`xmllint did not run (apt-get install libxml2-utils): ${String(result.error)}`);
    const partOf = new Map(members.map((m) => [m.file, m.part]));
    const lines = result.stderr.split('\n').filter(Boolean);
    for (const line of lines) {
      const file = members.find((m) => line.startsWith(`${m.file}:`) || line.startsWith(`${m.file} `))?.file;
      if (file && line === `${file} validates`) valid.push(partOf.get(file) ?? file);
      else if (file && line !== `${file} fails to validate`)
        errors.push(`${partOf.get(file) ?? file}${line.slice(file.length)}`);
      else if (!file) errors.push(`${schema}: ${line}`);
    }
  }
  return { parts: parts.map(([name]) => name), valid, errors };
}
