// The relationship parts every OOXML package has: _rels/.rels (the main part and the properties) and
// each part's own _rels/*.rels.
import { escapeXml } from '../../markup.js';
import { XML_DECLARATION } from './xml.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Relationship {
  readonly id: string;
  /** The relationship type's last segment, e.g. "styles" (under officeDocument/2006/relationships). */
  readonly type: string;
  /** Relative to the part's folder. */
  readonly target: string;
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_RELS}">` +
    relationships
      .map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${escapeXml(r.target)}"/>`)
      .join('') +
    '</Relationships>'
  );
}

/** _rels/.rels: the main part (word/document.xml, ppt/presentation.xml) and the core and extended properties. */
export function packageRelationshipsXml(mainPart: string): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_RELS}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${mainPart}"/>` +
    `<Relationship Id="rId2" Type="${PACKAGE_RELS}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}
