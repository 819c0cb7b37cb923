// Every text colour an artefact sets, with the colour it lies on, read back from what the renderers made:
// the PDF plans' layout items (the last filled box or circle under each line of text, groups turned and
// moved as they are drawn), the PowerPoint slides and layouts (a shape's own fill, else the last filled
// shape under its centre, else the slide's background; table cells on their fill), and the Word parts
// (a paragraph's or run's colour through its styles, on its cell's or paragraph's shading, else paper;
// list numbers and bullets too). The contrast test asserts on the pairs; nothing here decides pass or fail.
import { DOMParser } from '@xmldom/xmldom';
import type { Element as XmlElement } from '@xmldom/xmldom';
import JSZip from 'jszip';
import type { LayoutItem } from '../../src/render/layout.js';

export interface ColourPair {
  readonly text: string;
  readonly background: string;
  /** Where it was seen: the artefact part and a short sample of the text. */
  readonly where: string;
}

const PAPER = 'FFFFFF';
const norm = (colour: string) => colour.replace('#', '').toUpperCase();

// ---------------------------------------------------------------- PDF plans

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const LAYOUT_KINDS = new Set(['text', 'box', 'circle', 'line', 'image', 'group']);

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** pdfkit's translate then rotate (degrees, clockwise on the page), as draw.ts applies them. */
function groupMatrix(m: Matrix, x: number, y: number, degrees: number): Matrix {
  const r = (degrees * Math.PI) / 180;
  const cos = Math.round(Math.cos(r));
  const sin = Math.round(Math.sin(r));
  const [tx, ty] = apply(m, x, y);
  return [
    m[0] * cos + m[2] * sin,
    m[1] * cos + m[3] * sin,
    m[0] * -sin + m[2] * cos,
    m[1] * -sin + m[3] * cos,
    tx,
    ty,
  ];
}

interface Paint {
  readonly contains: (x: number, y: number) => boolean;
  readonly fill: string;
}

function rectPaint(m: Matrix, x: number, y: number, w: number, h: number, fill: string): Paint {
  const corners = [apply(m, x, y), apply(m, x + w, y + h)];
  const [x1, x2] = [corners[0]![0], corners[1]![0]].sort((a, b) => a - b) as [number, number];
  const [y1, y2] = [corners[0]![1], corners[1]![1]].sort((a, b) => a - b) as [number, number];
  return { fill: norm(fill), contains: (px, py) => px >= x1 && px <= x2 && py >= y1 && py <= y2 };
}

function walkItems(
  items: readonly LayoutItem[],
  m: Matrix,
  paints: Paint[],
  out: ColourPair[],
  where: string,
) {
  for (const item of items) {
    if (item.kind === 'group')
      walkItems(item.items, groupMatrix(m, item.x, item.y, item.rotate), paints, out, where);
    else if (item.kind === 'box' && item.fill)
      paints.push(rectPaint(m, item.x, item.y, item.width, item.height, item.fill));
    else if (item.kind === 'circle' && item.fill) {
      const [cx, cy] = apply(m, item.cx, item.cy);
      const r = item.r;
      paints.push({ fill: norm(item.fill), contains: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r });
    } else if (item.kind === 'text') {
      item.lines.forEach((line, i) => {
        if (!line.text.trim()) return;
        const start =
          item.align === 'left'
            ? item.x
            : item.align === 'right'
              ? item.x + item.width - line.width
              : item.x + (item.width - line.width) / 2;
        const y = item.y + (i + 0.5) * item.lineHeight;
        // The start, middle and end of the line: text that runs off a band onto paper is two pairs.
        for (const x of [start + 1, start + line.width / 2, start + line.width - 1]) {
          const [gx, gy] = apply(m, x, y);
          const under = paints.findLast((p) => p.contains(gx, gy));
          out.push({
            text: norm(item.colour),
            background: under?.fill ?? PAPER,
            where: `${where}: "${line.text.slice(0, 40)}"`,
          });
        }
      });
    }
  }
}

function isItemList(value: unknown): value is LayoutItem[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (v) => typeof v === 'object' && v !== null && LAYOUT_KINDS.has((v as { kind?: string }).kind ?? ''),
    )
  );
}

/** The pairs of every page of a PDF renderer's plan: each list of layout items found in it is a page. */
export function planPairs(plan: unknown, where: string): ColourPair[] {
  const out: ColourPair[] = [];
  const visit = (value: unknown, path: string): void => {
    if (isItemList(value)) {
      walkItems(value, IDENTITY, [], out, `${where}${path}`);
      return;
    }
    if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return;
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else for (const [key, v] of Object.entries(value)) visit(v, `${path}.${key}`);
  };
  visit(plan, '');
  return out;
}

// ---------------------------------------------------------------- XML helpers

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

function children(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as XmlElement).nodeName === name) out.push(n as XmlElement);
  return out;
}

const child = (el: XmlElement | undefined, name: string) => (el ? children(el, name)[0] : undefined);

function descendants(
  el: XmlElement | { getElementsByTagName: XmlElement['getElementsByTagName'] },
  name: string,
): XmlElement[] {
  return Array.from(el.getElementsByTagName(name)) as XmlElement[];
}

function ancestor(el: XmlElement, name: string): XmlElement | undefined {
  for (let n = el.parentNode; n; n = n.parentNode)
    if ((n as XmlElement).nodeName === name) return n as XmlElement;
  return undefined;
}

// ---------------------------------------------------------------- PowerPoint

const solid = (el: XmlElement | undefined) =>
  child(child(el, 'a:solidFill'), 'a:srgbClr')?.getAttribute('val') ?? undefined;

/** A slide's or layout's own background colour (p:bg), if it has one. */
const backgroundOf = (doc: ReturnType<typeof parse>) => solid(child(descendants(doc, 'p:bg')[0], 'p:bgPr'));

interface Shape {
  readonly box?: { x: number; y: number; w: number; h: number };
  readonly fill?: string;
  readonly el: XmlElement;
}

function shapesOf(tree: XmlElement): Shape[] {
  const out: Shape[] = [];
  for (let n = tree.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as XmlElement;
    if (el.nodeName === 'p:grpSp') out.push(...shapesOf(el)); // groups are the identity (drawing.ts)
    if (el.nodeName !== 'p:sp' && el.nodeName !== 'p:graphicFrame') continue;
    const spPr = child(el, 'p:spPr');
    const xfrm = child(spPr, 'a:xfrm') ?? child(el, 'p:xfrm');
    const off = child(xfrm, 'a:off');
    const ext = child(xfrm, 'a:ext');
    const box =
      off && ext
        ? {
            x: Number(off.getAttribute('x')),
            y: Number(off.getAttribute('y')),
            w: Number(ext.getAttribute('cx')),
            h: Number(ext.getAttribute('cy')),
          }
        : undefined;
    const fill = solid(spPr);
    out.push({ el, ...(box ? { box } : {}), ...(fill ? { fill } : {}) });
  }
  return out;
}

function runPairs(
  container: XmlElement,
  background: string,
  where: string,
  out: ColourPair[],
  inherited?: string,
) {
  for (const run of descendants(container, 'a:r')) {
    const text = descendants(run, 'a:t')
      .map((t) => t.textContent ?? '')
      .join('');
    if (!text.trim()) continue;
    const colour = solid(child(run, 'a:rPr')) ?? inherited;
    // Every run the writers make carries its colour; one without would be an unchecked pair.
    out.push({
      text: colour ?? 'UNSET',
      background: norm(background),
      where: `${where}: "${text.slice(0, 40)}"`,
    });
  }
}

/** Text on the shapes of one slide or layout, over `base` (the shapes and background beneath it). */
function slidePairs(
  xml: string,
  base: { background: string; shapes: Shape[]; inherited?: string },
  where: string,
  out: ColourPair[],
): Shape[] {
  const doc = parse(xml);
  const tree = descendants(doc, 'p:spTree')[0];
  if (!tree) return [];
  const background = backgroundOf(doc) ?? base.background;
  const painted = [...base.shapes];
  for (const shape of shapesOf(tree)) {
    for (const cell of descendants(shape.el, 'a:tc')) {
      runPairs(cell, solid(child(cell, 'a:tcPr')) ?? background, `${where} table cell`, out, base.inherited);
    }
    if (shape.el.nodeName === 'p:sp') {
      const under = shape.fill ?? (shape.box ? beneath(painted, shape.box) : undefined) ?? background;
      const body = child(shape.el, 'p:txBody');
      if (body) runPairs(body, under, where, out, base.inherited);
    }
    if (shape.fill && shape.box) painted.push(shape);
  }
  return painted;
}

function beneath(painted: readonly Shape[], box: NonNullable<Shape['box']>): string | undefined {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  return painted.findLast(
    (s) => s.box && cx >= s.box.x && cx <= s.box.x + s.box.w && cy >= s.box.y && cy <= s.box.y + s.box.h,
  )?.fill;
}

/** The pairs of a PPTX: its slide layouts (footer, slide number), then every slide over its layout. */
export async function pptxPairs(bytes: Buffer, where: string): Promise<ColourPair[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const out: ColourPair[] = [];
  const layouts = new Map<string, { background: string; shapes: Shape[]; inherited?: string }>();
  for (const name of Object.keys(zip.files).filter((n) =>
    /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n),
  )) {
    const xml = await read(name);
    const background = backgroundOf(parse(xml)) ?? PAPER;
    const shapes = slidePairs(xml, { background, shapes: [] }, `${where} ${name}`, out);
    layouts.set(name.split('/').pop()!, { background, shapes });
  }
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
    const rels = await read(name.replace('slides/', 'slides/_rels/') + '.rels');
    const layout = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)?.[1] ?? '';
    const base = layouts.get(layout) ?? { background: PAPER, shapes: [] };
    slidePairs(await read(name), base, `${where} ${name}`, out);
  }
  // Notes text takes the notes master's colour: its notesStyle says tx1, which its colour map makes the
  // theme's dk1.
  const notesMaster = await read('ppt/notesMasters/notesMaster1.xml');
  const tx1 = /<p:notesStyle><a:lvl1pPr[^>]*><a:defRPr[^>]*><a:solidFill><a:schemeClr val="tx1"\/>/.test(
    notesMaster,
  );
  const dk1 = /<a:dk1><a:srgbClr val="([0-9A-F]{6})"\/><\/a:dk1>/.exec(
    await read('ppt/theme/theme1.xml'),
  )?.[1];
  const inherited = tx1 && /tx1="dk1"/.test(notesMaster) ? dk1 : undefined;
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))) {
    slidePairs(
      await read(name),
      { background: PAPER, shapes: [], ...(inherited ? { inherited } : {}) },
      `${where} ${name}`,
      out,
    );
  }
  return out;
}

// ---------------------------------------------------------------- Word

const attr = (el: XmlElement | undefined, name: string) => el?.getAttribute(name) ?? undefined;

/** The pairs of a DOCX: every run of the document, headers and footers, and the table style's header row. */
export async function docxPairs(bytes: Buffer, where: string): Promise<ColourPair[]> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const styles = parse(await read('word/styles.xml'));
  const numbering = parse((await read('word/numbering.xml')) || '<w:numbering/>');
  const defaults =
    attr(child(child(descendants(styles, 'w:rPrDefault')[0], 'w:rPr'), 'w:color'), 'w:val') ?? '000000';
  const byId = new Map(descendants(styles, 'w:style').map((s) => [attr(s, 'w:styleId') ?? '', s]));
  const styleColour = (id: string | undefined): string | undefined => {
    for (let s = id ? byId.get(id) : undefined, depth = 0; s && depth < 20; depth++) {
      const colour = attr(child(child(s, 'w:rPr'), 'w:color'), 'w:val');
      if (colour) return colour;
      s = byId.get(attr(child(s, 'w:basedOn'), 'w:val') ?? '');
    }
    return undefined;
  };
  const out: ColourPair[] = [];
  for (const style of descendants(styles, 'w:tblStylePr')) {
    const colour = attr(descendants(style, 'w:color')[0], 'w:val');
    const fill = attr(descendants(style, 'w:shd')[0], 'w:fill');
    if (colour && fill)
      out.push({ text: colour, background: fill, where: `${where} table style ${attr(style, 'w:type')}` });
  }
  const levelColour = (numId: string, ilvl: string): string | undefined => {
    const num = descendants(numbering, 'w:num').find((n) => attr(n, 'w:numId') === numId);
    const abstractId = attr(child(num, 'w:abstractNumId'), 'w:val');
    const abstract = descendants(numbering, 'w:abstractNum').find(
      (a) => attr(a, 'w:abstractNumId') === abstractId,
    );
    const lvl = abstract ? children(abstract, 'w:lvl').find((l) => attr(l, 'w:ilvl') === ilvl) : undefined;
    return attr(child(child(lvl, 'w:rPr'), 'w:color'), 'w:val');
  };
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
  for (const name of parts) {
    const doc = parse(await read(name));
    for (const p of descendants(doc, 'w:p')) {
      const pPr = child(p, 'w:pPr');
      const cell = ancestor(p, 'w:tc');
      const background =
        attr(child(pPr, 'w:shd'), 'w:fill') ?? attr(child(child(cell, 'w:tcPr'), 'w:shd'), 'w:fill') ?? PAPER;
      const paragraphColour = styleColour(attr(child(pPr, 'w:pStyle'), 'w:val') ?? 'Normal') ?? defaults;
      const numPr = child(pPr, 'w:numPr');
      if (numPr) {
        const colour = levelColour(
          attr(child(numPr, 'w:numId'), 'w:val') ?? '',
          attr(child(numPr, 'w:ilvl'), 'w:val') ?? '0',
        );
        out.push({ text: colour ?? paragraphColour, background, where: `${where} ${name} list number` });
      }
      for (const run of descendants(p, 'w:r')) {
        const text = descendants(run, 'w:t')
          .map((t) => t.textContent ?? '')
          .join('');
        if (!text.trim()) continue;
        const rPr = child(run, 'w:rPr');
        const colour =
          attr(child(rPr, 'w:color'), 'w:val') ??
          styleColour(attr(child(rPr, 'w:rStyle'), 'w:val')) ??
          paragraphColour;
        out.push({
          text: colour,
          background: background === 'auto' ? PAPER : background,
          where: `${where} ${name}: "${text.slice(0, 40)}"`,
        });
      }
    }
  }
  return out.map((p) => ({ ...p, text: norm(p.text), background: norm(p.background) }));
}
