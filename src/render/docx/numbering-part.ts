// word/numbering.xml: one abstract numbering definition per kind of list (bullet, number, check) and the
// numbering instances the layout pass handed out (layout.ts): one for all bulleted and one for all check
// lists, one per numbered list, restarting at 1.
import type { LaidOutDocument, ListKind } from './laid-out.js';
import { NS, pPr, rPr, XML_DECLARATION, xmlText } from './wml.js';

const KINDS: readonly ListKind[] = ['bullet', 'check', 'number'];

export function numberingXml(numbering: LaidOutDocument['numbering']): string {
  const abstractId = (kind: ListKind) => KINDS.indexOf(kind);
  const abstracts = KINDS.map(
    (kind) =>
      `<w:abstractNum w:abstractNumId="${abstractId(kind)}"><w:multiLevelType w:val="hybridMultilevel"/>` +
      numbering.definitions[kind]
        .map(
          (level, i) =>
            `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${level.format}"/>` +
            `<w:lvlText w:val="${xmlText(level.text)}"/><w:lvlJc w:val="left"/>` +
            pPr({ indent: level.indent }) +
            rPr(level.run) +
            '</w:lvl>',
        )
        .join('') +
      '</w:abstractNum>',
  ).join('');
  const nums = numbering.instances
    .map(
      (n) =>
        `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${abstractId(n.kind)}"/>` +
        (n.restart ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : '') +
        '</w:num>',
    )
    .join('');
  return `${XML_DECLARATION}<w:numbering xmlns:w="${NS.w}">${abstracts}${nums}</w:numbering>`;
}
