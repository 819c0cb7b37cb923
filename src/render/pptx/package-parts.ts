// The package around the slides: [Content_Types].xml (worked out from the parts themselves), the
// relationships, ppt/presentation.xml, the presentation, view and table-style properties, and
// docProps/app.xml with the slide count.
import type { Relationship } from '../ooxml/relationships.js';
import { SLIDE } from './layout.js';
import { NOTES_PAGE } from './notes.js';
import { PML_NAMESPACES, runProperties, XML_DECLARATION, xmlText } from './dml.js';
import { ptToEmu } from '../units.js';

const PML = 'application/vnd.openxmlformats-officedocument.presentationml';

/** Content types of the parts we write, by the part name's pattern. */
const CONTENT_TYPES: readonly [RegExp, string][] = [
  [/^ppt\/presentation\.xml$/, `${PML}.presentation.main+xml`],
  [/^ppt\/slides\/slide\d+\.xml$/, `${PML}.slide+xml`],
  [/^ppt\/slideLayouts\/slideLayout\d+\.xml$/, `${PML}.slideLayout+xml`],
  [/^ppt\/slideMasters\/slideMaster\d+\.xml$/, `${PML}.slideMaster+xml`],
  [/^ppt\/notesSlides\/notesSlide\d+\.xml$/, `${PML}.notesSlide+xml`],
  [/^ppt\/notesMasters\/notesMaster\d+\.xml$/, `${PML}.notesMaster+xml`],
  [/^ppt\/theme\/theme\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.theme+xml'],
  [/^ppt\/presProps\.xml$/, `${PML}.presProps+xml`],
  [/^ppt\/viewProps\.xml$/, `${PML}.viewProps+xml`],
  [/^ppt\/tableStyles\.xml$/, `${PML}.tableStyles+xml`],
  [/^docProps\/core\.xml$/, 'application/vnd.openxmlformats-package.core-properties+xml'],
  [/^docProps\/app\.xml$/, 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
];

const DEFAULTS: Readonly<Record<string, string>> = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  png: 'image/png',
};

/**
 * [Content_Types].xml for the given part names: a default per extension that occurs, an override for
 * every XML part. A part we do not know the type of is a bug here, not a reader's problem.
 */
export function contentTypesXml(names: Iterable<string>): string {
  const extensions = new Set<string>();
  let overrides = '';
  for (const name of [...names].sort()) {
    if (name === '[Content_Types].xml') continue;
    const extension = /\.([^./]+)$/.exec(name)?.[1] ?? '';
    if (!DEFAULTS[extension]) throw new Error(`contentTypesXml: no content type for ${name}`);
    extensions.add(extension);
    if (extension !== 'xml') continue;
    const type = CONTENT_TYPES.find(([pattern]) => pattern.test(name))?.[1];
    if (!type) throw new Error(`contentTypesXml: no content type for ${name}`);
    overrides += `<Override PartName="/${name}" ContentType="${type}"/>`;
  }
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    [...extensions]
      .sort()
      .map((e) => `<Default Extension="${e}" ContentType="${DEFAULTS[e] ?? ''}"/>`)
      .join('') +
    overrides +
    '</Types>'
  );
}

/** The presentation's relationship ids: the master, the notes master, then the slides, then the rest. */
export const PRESENTATION_REL = {
  master: 'rId1',
  notesMaster: 'rId2',
  slide: (n: number) => `rId${n + 2}`,
  after: (slides: number, k: number) => `rId${slides + 3 + k}`,
} as const;

export function presentationRelationships(slides: number): Relationship[] {
  return [
    { id: PRESENTATION_REL.master, type: 'slideMaster', target: 'slideMasters/slideMaster1.xml' },
    { id: PRESENTATION_REL.notesMaster, type: 'notesMaster', target: 'notesMasters/notesMaster1.xml' },
    ...Array.from({ length: slides }, (_, i) => ({
      id: PRESENTATION_REL.slide(i + 1),
      type: 'slide',
      target: `slides/slide${i + 1}.xml`,
    })),
    { id: PRESENTATION_REL.after(slides, 0), type: 'presProps', target: 'presProps.xml' },
    { id: PRESENTATION_REL.after(slides, 1), type: 'viewProps', target: 'viewProps.xml' },
    { id: PRESENTATION_REL.after(slides, 2), type: 'theme', target: 'theme/theme1.xml' },
    { id: PRESENTATION_REL.after(slides, 3), type: 'tableStyles', target: 'tableStyles.xml' },
  ];
}

/**
 * ppt/presentation.xml, its children in schema order: masters, notes master, slides, the slide size
 * (16:9), the notes page size, and the default text style (in the content's language).
 */
export function presentationXml(slides: number, lang: string): string {
  return (
    XML_DECLARATION +
    `<p:presentation ${PML_NAMESPACES} saveSubsetFonts="1">` +
    `<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="${PRESENTATION_REL.master}"/></p:sldMasterIdLst>` +
    `<p:notesMasterIdLst><p:notesMasterId r:id="${PRESENTATION_REL.notesMaster}"/></p:notesMasterIdLst>` +
    '<p:sldIdLst>' +
    Array.from(
      { length: slides },
      (_, i) => `<p:sldId id="${256 + i}" r:id="${PRESENTATION_REL.slide(i + 1)}"/>`,
    ).join('') +
    '</p:sldIdLst>' +
    `<p:sldSz cx="${ptToEmu(SLIDE.width)}" cy="${ptToEmu(SLIDE.height)}"/>` +
    `<p:notesSz cx="${ptToEmu(NOTES_PAGE.width)}" cy="${ptToEmu(NOTES_PAGE.height)}"/>` +
    '<p:defaultTextStyle>' +
    `<a:defPPr>${runProperties('defRPr', lang, {})}</a:defPPr>` +
    `<a:lvl1pPr marL="0" algn="l">${runProperties('defRPr', lang, { size: 18 })}</a:lvl1pPr>` +
    '</p:defaultTextStyle></p:presentation>'
  );
}

export const PRES_PROPS_XML = `${XML_DECLARATION}<p:presentationPr ${PML_NAMESPACES}/>`;

export const VIEW_PROPS_XML =
  `${XML_DECLARATION}<p:viewPr ${PML_NAMESPACES}>` +
  '<p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr>' +
  '<p:gridSpacing cx="76200" cy="76200"/></p:viewPr>';

/** No table styles of our own: the tables carry their look in their cells. */
export const TABLE_STYLES_XML =
  `${XML_DECLARATION}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
  'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>';

/** docProps/app.xml: the slide and notes counts, as PowerPoint records them, and the organisation. */
export function appXml(slides: number, company?: string): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<PresentationFormat>Widescreen</PresentationFormat>' +
    `<Slides>${slides}</Slides><Notes>${slides}</Notes><HiddenSlides>0</HiddenSlides>` +
    (company === undefined ? '' : `<Company>${xmlText(company)}</Company>`) +
    '</Properties>'
  );
}
