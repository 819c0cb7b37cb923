// The slide master and its three layouts (Title Slide, Section Header, Title and Content), drawn from the
// theme and layout.ts: background, the band or accent bar, the logo (on a white plate on dark slides), the
// footer line, and real placeholders for the title, the body and the slide number. The master's text
// styles are the deck's type styles in Arial, so text typed into a placeholder looks like ours.
import type { Theme } from '../../theme/theme.js';
import { OFFICE_FONT_FAMILY } from '../../typeset/fonts.js';
import type { Box, SlideGeometry } from './layout.js';
import { geometry, spacing, styles } from './layout.js';
import type { LayoutDesign } from './layout-design.js';
import type { SlideLayoutName } from './model.js';
import {
  bodyProperties,
  hex,
  paragraphProperties,
  PML_NAMESPACES,
  runProperties,
  runs,
  XML_DECLARATION,
} from './dml.js';
import type { Placeholder } from './shapes.js';
import {
  horizontalLine,
  picture,
  rectangle,
  ShapeIds,
  shapeTree,
  slideNumberField,
  textShape,
} from './shapes.js';

/** The layouts in part order: ppt/slideLayouts/slideLayout1.xml is the title slide. */
export const LAYOUTS: readonly {
  readonly layout: SlideLayoutName;
  readonly name: string;
  /** PowerPoint's layout kind, used when a user applies another theme. */
  readonly type: string;
}[] = [
  { layout: 'title', name: 'Title Slide', type: 'title' },
  { layout: 'section', name: 'Section Header', type: 'secHead' },
  { layout: 'content', name: 'Title and Content', type: 'obj' },
];

export function layoutNumber(layout: SlideLayoutName): number {
  return LAYOUTS.findIndex((l) => l.layout === layout) + 1;
}

/** The placeholders a slide fills: a slide's shape names the layout's by type and index. */
export const PLACEHOLDER = {
  title: { type: 'title' },
  body: { type: 'body', idx: 1 },
  slideNumber: { type: 'sldNum', size: 'quarter', idx: 12 },
} as const satisfies Record<string, Placeholder>;

/** The relationship id of the logo in a layout's relationships (rId1 is the master). */
export const LOGO_REL = 'rId2';

const FONT = OFFICE_FONT_FAMILY;

/** How the title sits in its box: centred on content slides, on the bottom edge on dark slides. */
export const titleAnchor = (layout: SlideLayoutName): 't' | 'ctr' | 'b' =>
  layout === 'content' ? 'ctr' : 'b';

/** The slide number box; `shown` is its text before a reader updates the field (‹#› on layouts). */
export function slideNumberShape(
  id: number,
  g: SlideGeometry,
  theme: Theme,
  lang: string,
  shown: string,
): string {
  const run = { size: styles.footer.size, colour: hex(theme.colours[g.footerColour]), font: FONT };
  return textShape({
    id,
    name: 'Slide Number',
    placeholder: PLACEHOLDER.slideNumber,
    box: g.slideNumber,
    body:
      bodyProperties({ anchor: 'ctr' }) +
      '<a:lstStyle/>' +
      `<a:p>${paragraphProperties('pPr', { align: 'r' })}${slideNumberField(runProperties('rPr', lang, run), shown)}</a:p>`,
  });
}

/** A placeholder of a layout or the master: its box, anchoring and first-level text style. */
function placeholderShape(
  id: number,
  name: string,
  ph: Placeholder,
  box: Box,
  anchor: 't' | 'ctr' | 'b',
  level: string,
  lang: string,
): string {
  return textShape({
    id,
    name,
    placeholder: ph,
    box,
    body:
      bodyProperties({ anchor }) +
      `<a:lstStyle>${level}</a:lstStyle>` +
      `<a:p>${runProperties('endParaRPr', lang, {})}</a:p>`,
  });
}

function titleLevel(g: SlideGeometry, theme: Theme, lang: string): string {
  return paragraphProperties(
    'lvl1pPr',
    {
      align: 'l',
      marginLeft: 0,
      indent: 0,
      lineHeight: g.titleStyle.lineHeight,
      spaceBefore: 0,
      bullet: { kind: 'none' },
    },
    runProperties('defRPr', lang, {
      size: g.titleStyle.size,
      bold: true,
      colour: hex(theme.colours[g.titleStyle.colour]),
      font: FONT,
    }),
  );
}

function bodyLevel(layout: SlideLayoutName, theme: Theme, lang: string): string {
  return paragraphProperties(
    'lvl1pPr',
    {
      marginLeft: 0,
      indent: 0,
      lineHeight: styles.paragraph.lineHeight,
      spaceBefore: 0,
      bullet: { kind: 'none' },
    },
    runProperties('defRPr', lang, {
      size: styles.paragraph.size,
      colour: hex(theme.colours[layout === 'content' ? 'ink' : 'onPrimary']),
      font: FONT,
    }),
  );
}

function background(rgb: string): string {
  return `<p:bg><p:bgPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>`;
}

/** ppt/slideLayouts/slideLayoutN.xml: one layout's design (layout-design.ts), written out. */
export function slideLayoutXml(design: LayoutDesign, theme: Theme, footer: string, lang: string): string {
  const { layout, geometry: g } = design;
  const c = theme.colours;
  const ids = new ShapeIds();
  let shapes = '';
  for (const shape of design.shapes) {
    if (shape.kind === 'rectangle')
      shapes += rectangle(
        ids.next(),
        shape.name,
        shape.box,
        shape.colour === 'white' ? 'FFFFFF' : hex(c[shape.colour]),
      );
    else if (shape.kind === 'rule')
      shapes += horizontalLine(
        ids.next(),
        shape.name,
        shape.from,
        shape.width,
        hex(c[shape.colour]),
        shape.weight,
      );
    else shapes += picture(ids.next(), 'Logo', shape.alt, shape.box, LOGO_REL);
  }
  if (design.footer) {
    shapes += textShape({
      id: ids.next(),
      name: 'Footer',
      box: design.footer,
      body:
        bodyProperties({ anchor: 'ctr' }) +
        '<a:lstStyle/>' +
        `<a:p>${paragraphProperties('pPr', { marginLeft: 0, indent: 0, bullet: { kind: 'none' } })}` +
        runs(footer, lang, { size: styles.footer.size, colour: hex(c[g.footerColour]), font: FONT }) +
        '</a:p>',
    });
  }
  shapes += placeholderShape(
    ids.next(),
    'Title',
    PLACEHOLDER.title,
    g.title,
    titleAnchor(layout),
    titleLevel(g, theme, lang),
    lang,
  );
  shapes += placeholderShape(
    ids.next(),
    layout === 'content' ? 'Content' : 'Subtitle',
    PLACEHOLDER.body,
    g.body,
    't',
    bodyLevel(layout, theme, lang),
    lang,
  );
  if (design.slideNumber) shapes += slideNumberShape(ids.next(), g, theme, lang, '‹#›');
  const kind = LAYOUTS.find((l) => l.layout === layout);
  return (
    XML_DECLARATION +
    `<p:sldLayout ${PML_NAMESPACES} type="${kind?.type ?? 'obj'}" preserve="1">` +
    `<p:cSld name="${kind?.name ?? layout}">${background(hex(c[g.background]))}${shapeTree(shapes)}</p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
  );
}

/** The relationship ids of the layouts in the master's relationships: rId1…rId3; the theme comes after. */
export const masterLayoutRel = (n: number): string => `rId${n}`;
export const MASTER_THEME_REL = `rId${LAYOUTS.length + 1}`;

export const CLR_MAP =
  '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" ' +
  'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>';

/** ppt/slideMasters/slideMaster1.xml: placeholders of the content layout, the text styles, the layouts. */
export function slideMasterXml(theme: Theme, lang: string): string {
  const g = geometry('content', theme);
  const c = theme.colours;
  const ids = new ShapeIds();
  const shapes =
    placeholderShape(
      ids.next(),
      'Title',
      PLACEHOLDER.title,
      g.title,
      'ctr',
      titleLevel(g, theme, lang),
      lang,
    ) +
    placeholderShape(
      ids.next(),
      'Content',
      PLACEHOLDER.body,
      g.body,
      't',
      bodyLevel('content', theme, lang),
      lang,
    ) +
    slideNumberShape(ids.next(), g, theme, lang, '‹#›');
  const text = styles.paragraph;
  const defRPr = (size: number, extra: { bold?: boolean; colour?: string } = {}) =>
    runProperties('defRPr', lang, { size, colour: hex(c.ink), font: FONT, ...extra });
  const titleStyle = paragraphProperties(
    'lvl1pPr',
    { align: 'l', lineHeight: g.titleStyle.lineHeight, spaceBefore: 0, bullet: { kind: 'none' } },
    defRPr(g.titleStyle.size, { bold: true, colour: hex(c.primaryText) }),
  );
  const bodyStyle =
    paragraphProperties(
      'lvl1pPr',
      {
        align: 'l',
        marginLeft: 0,
        indent: 0,
        lineHeight: text.lineHeight,
        spaceBefore: 0,
        bullet: { kind: 'none' },
      },
      defRPr(text.size),
    ) +
    paragraphProperties(
      'lvl2pPr',
      {
        align: 'l',
        marginLeft: spacing.listIndent,
        indent: -spacing.listIndent,
        lineHeight: styles.list.lineHeight,
        spaceBefore: 0,
        spaceAfter: spacing.item,
        bullet: { kind: 'char', char: '•', font: FONT },
      },
      defRPr(styles.list.size),
    );
  const otherStyle =
    paragraphProperties('defPPr', {}, runProperties('defRPr', lang, {})) +
    paragraphProperties('lvl1pPr', { align: 'l', marginLeft: 0 }, defRPr(18));
  return (
    XML_DECLARATION +
    `<p:sldMaster ${PML_NAMESPACES}>` +
    `<p:cSld>${background(hex(c.paper))}${shapeTree(shapes)}</p:cSld>` +
    CLR_MAP +
    '<p:sldLayoutIdLst>' +
    LAYOUTS.map((_, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="${masterLayoutRel(i + 1)}"/>`).join(
      '',
    ) +
    '</p:sldLayoutIdLst>' +
    '<p:hf hdr="0" ftr="0" dt="0"/>' +
    `<p:txStyles><p:titleStyle>${titleStyle}</p:titleStyle><p:bodyStyle>${bodyStyle}</p:bodyStyle>` +
    `<p:otherStyle>${otherStyle}</p:otherStyle></p:txStyles>` +
    '</p:sldMaster>'
  );
}
