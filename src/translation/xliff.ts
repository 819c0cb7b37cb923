// Translations as XLIFF 1.2, the exchange format CAT tools (memoQ, Trados, OmegaT, Phrase, Crowdin) read
// most widely. One <file> per kit and language (product-name is the kit), one <trans-unit> per text: its
// id the text's permanent id (as msgctxt in PO), the state of its translation (new, translated,
// needs-review-translation for an outdated one, final for one accepted against today's source text), a
// <note> saying where it appears, and its room as maxwidth in characters. Written and read as a DOM with
// @xmldom/xmldom: the library escapes and parses, nothing here builds or splits XML text by hand.
import type { Element } from '@xmldom/xmldom';
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PoEntry, ReadPo } from './po.js';
import type { TranslationExport } from './po.js';
import { entryState, fileError } from './po.js';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const STATES = {
  new: 'new',
  translated: 'translated',
  outdated: 'needs-review-translation',
  accepted: 'final',
} as const;

export function writeXliff(e: TranslationExport): string {
  const doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);
  const root = doc.documentElement!;
  root.setAttribute('version', '1.2');
  const indent = (parent: Element, depth: number) =>
    parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
  const child = (parent: Element, name: string, depth: number, attributes: Record<string, string> = {}) => {
    indent(parent, depth);
    const element = doc.createElementNS(XLIFF_NS, name);
    for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
    parent.appendChild(element);
    return element;
  };
  const file = child(root, 'file', 1, {
    original: e.sourceFile,
    'source-language': e.sourceLanguage,
    'target-language': e.language,
    datatype: 'plaintext',
    'product-name': e.kit,
    'product-version': e.version,
  });
  const body = child(file, 'body', 2);
  for (const unit of e.units) {
    const state = entryState(e, unit);
    const room = e.rooms?.get(unit.key);
    const tu = child(body, 'trans-unit', 3, {
      id: unit.key,
      resname: unit.key,
      ...(room?.room !== undefined ? { maxwidth: String(room.room), 'size-unit': 'char' } : {}),
    });
    // Texts keep their spaces and line breaks exactly.
    tu.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    child(tu, 'source', 4).appendChild(doc.createTextNode(unit.source));
    if (state.translation !== undefined) {
      const target = child(tu, 'target', 4, { state: STATES[state.kind] });
      target.appendChild(doc.createTextNode(state.translation));
    }
    const notes = [
      room?.places.length ? `Appears on: ${room.places.join('; ')}.` : undefined,
      room?.room !== undefined
        ? `Room: about ${room.room} characters in its tightest box, at the smallest size.`
        : undefined,
      state.was !== undefined ? `Outdated: translated from the older source text "${state.was}".` : undefined,
      `In the source file: ${e.reference(unit)}.`,
    ];
    for (const note of notes) {
      if (note === undefined) continue;
      child(tu, 'note', 4, { from: 'dts' }).appendChild(doc.createTextNode(note));
    }
    indent(tu, 3);
  }
  indent(body, 2);
  indent(file, 1);
  indent(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

/** Reads an XLIFF 1.2 file into the entries an import takes (the same as a PO file's). */
export function readXliff(file: string, text: string): ReadPo {
  let root: Element | null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    root = doc.documentElement;
  } catch (e) {
    const message = (e as Error).message.replace(/^\[xmldom [a-zA-Z]+\]\t?/, '').split('\n')[0] ?? '';
    const at = /line:?\s*(\d+)/i.exec((e as Error).message);
    return {
      entries: [],
      diagnostics: [
        fileError(
          file,
          'translation-file/xml-syntax',
          { reason: message.trim() },
          { line: at ? Number(at[1]) : undefined },
        ),
      ],
    };
  }
  if (!root || root.localName !== 'xliff' || (root.namespaceURI !== XLIFF_NS && root.namespaceURI !== null)) {
    return {
      entries: [],
      diagnostics: [fileError(file, 'translation-file/not-xliff', {}, { line: 1 })],
    };
  }
  const version = root.getAttribute('version');
  if (version !== '1.2') {
    return {
      entries: [],
      diagnostics: [
        fileError(file, 'translation-file/xliff-version', version === null ? {} : { version }, {
          line: root.lineNumber,
        }),
      ],
    };
  }
  const files = elements(root, 'file');
  if (files.length !== 1) {
    return {
      entries: [],
      diagnostics: [fileError(file, 'translation-file/xliff-files', { count: files.length }, { line: 1 })],
    };
  }
  const fileElement = files[0]!;
  const diagnostics: Diagnostic[] = [];
  const entries: PoEntry[] = [];
  const seen = new Set<string>();
  for (const body of elements(fileElement, 'body')) {
    for (const unit of descendants(body, 'trans-unit')) {
      const key = unit.getAttribute('id') ?? '';
      const line = unit.lineNumber ?? 1;
      if (seen.has(key)) {
        diagnostics.push(fileError(file, 'translation-file/unit-twice', { key }, { line, field: key }));
        continue;
      }
      seen.add(key);
      const source = elements(unit, 'source')[0];
      const target = elements(unit, 'target')[0];
      const markup = target ? firstElement(target) : undefined;
      if (markup) {
        diagnostics.push(
          fileError(
            file,
            'translation-file/inline-markup',
            { element: markup },
            {
              line: target?.lineNumber ?? line,
              field: key,
            },
          ),
        );
        continue;
      }
      const state = target?.getAttribute('state') ?? '';
      entries.push({
        key,
        source: source?.textContent ?? '',
        translation: target?.textContent ?? '',
        // Not yet confirmed by the translator: imported, and left outdated until it is.
        fuzzy: state === 'needs-review-translation' || state.startsWith('needs-'),
        line,
      });
    }
  }
  const attribute = (name: string) => fileElement.getAttribute(name)?.trim() || undefined;
  const kit = attribute('product-name');
  const language = attribute('target-language');
  const sourceLanguage = attribute('source-language');
  if (!language)
    diagnostics.push(
      fileError(file, 'translation-file/no-target-language', {}, { line: fileElement.lineNumber }),
    );
  return {
    ...(kit ? { kit } : {}),
    ...(language ? { language } : {}),
    ...(sourceLanguage ? { sourceLanguage } : {}),
    entries,
    diagnostics,
  };
}

/** The child elements of `parent` named `name` (in the XLIFF namespace or none). */
function elements(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === name)
      found.push(node as Element);
  }
  return found;
}

/** Trans-units directly in a body or inside its groups. */
function descendants(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (const element of elements(parent, name)) found.push(element);
  for (const group of elements(parent, 'group')) found.push(...descendants(group, name));
  return found;
}

function firstElement(parent: Element): string | undefined {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) return (node as Element).localName ?? undefined;
  }
  return undefined;
}
