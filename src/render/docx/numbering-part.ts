// word/numbering.xml: one abstract numbering definition per kind of list (bullet, number, check), one
// numbering instance for all bulleted and all check lists, and one per numbered list, so each starts at 1.
import type { ListLevel, Numbering } from './style.js';
import { NS, pPr, rPr, XML_DECLARATION, xmlText } from './wml.js';

type ListKind = keyof typeof Numbering;

/** The w:numId every list paragraph refers to. */
export class ListNumbering {
  private static readonly kinds: readonly ListKind[] = ['bullet', 'check', 'number'];
  private numbered = 0;

  /** The numbering instance of a new list: shared for bullets and checks, a fresh one for numbers. */
  instance(kind: ListKind): number {
    if (kind === 'bullet') return 1;
    if (kind === 'check') return 2;
    this.numbered += 1;
    return 2 + this.numbered;
  }

  xml(definitions: Readonly<Record<ListKind, readonly ListLevel[]>>): string {
    const abstractId = (kind: ListKind) => ListNumbering.kinds.indexOf(kind);
    const abstracts = ListNumbering.kinds
      .map(
        (kind) =>
          `<w:abstractNum w:abstractNumId="${abstractId(kind)}"><w:multiLevelType w:val="hybridMultilevel"/>` +
          definitions[kind]
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
      )
      .join('');
    let nums =
      `<w:num w:numId="1"><w:abstractNumId w:val="${abstractId('bullet')}"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="${abstractId('check')}"/></w:num>`;
    for (let n = 1; n <= this.numbered; n++)
      nums +=
        `<w:num w:numId="${2 + n}"><w:abstractNumId w:val="${abstractId('number')}"/>` +
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    return `${XML_DECLARATION}<w:numbering xmlns:w="${NS.w}">${abstracts}${nums}</w:numbering>`;
  }
}
