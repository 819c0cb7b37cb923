// A fitted table as a real DrawingML table (a:tbl) in a graphic frame: the column widths and row heights
// the paginator measured, hairline borders, the header row on the primary colour (marked as the header
// row for screen readers), shaded cells on the tint, and the table's label as its alternative text.
import type { Theme } from '../../theme/theme.js';
import { OFFICE_FONT_FAMILY } from '../../typeset/fonts.js';
import { spacing } from './layout.js';
import type { TableFrame } from './paginate.js';
import { hex, paragraph, solidFill, xmlText } from './dml.js';
import { ptToEmu } from '../units.js';

const BORDER_WEIGHT = 0.75;

function borders(rgb: string): string {
  // Single, solid and centred on the grid line are the defaults.
  const line = (side: string) =>
    `<a:${side} w="${ptToEmu(BORDER_WEIGHT)}" cap="flat">${solidFill(rgb)}</a:${side}>`;
  return line('lnL') + line('lnR') + line('lnT') + line('lnB');
}

export function tableFrame(id: number, frame: TableFrame, theme: Theme, lang: string): string {
  const c = theme.colours;
  const rule = borders(hex(c.rule));
  const margins =
    `marL="${ptToEmu(spacing.cell.x)}" marR="${ptToEmu(spacing.cell.x)}" ` +
    `marT="${ptToEmu(spacing.cell.y)}" marB="${ptToEmu(spacing.cell.y)}"`;
  const widths = frame.columnWidths.map((w) => ptToEmu(w));
  const heights = frame.rows.map((r) => ptToEmu(r.height));
  const rows = frame.rows
    .map((row, r) => {
      const style = row.header ? frame.styles.header : frame.styles.body;
      const cells = row.cells
        .map((cell, col) => {
          const fill = hex(c[row.header ? 'primary' : cell.shade ? 'tint' : 'paper']);
          const text = paragraph(
            cell.text,
            lang,
            {
              size: style.size,
              bold: row.header || cell.bold === true,
              colour: hex(c[style.colour]),
              font: OFFICE_FONT_FAMILY,
            },
            // Cell text has no bullets, indents or space before by default (the master's other style).
            {
              ...(frame.align[col] === 'center' ? { align: 'ctr' as const } : {}),
              lineHeight: style.lineHeight,
            },
          );
          return (
            `<a:tc><a:txBody><a:bodyPr/>${text}</a:txBody>` +
            `<a:tcPr ${margins} anchor="${row.header ? 'b' : 't'}">${rule}${solidFill(fill)}</a:tcPr></a:tc>`
          );
        })
        .join('');
      return `<a:tr h="${heights[r]}">${cells}</a:tr>`;
    })
    .join('');
  const width = widths.reduce((s, w) => s + w, 0);
  const height = heights.reduce((s, h) => s + h, 0);
  const header = frame.rows[0]?.header === true;
  return (
    `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Table ${id}" descr="${xmlText(frame.label)}"/>` +
    '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>' +
    `<p:xfrm><a:off x="${ptToEmu(frame.box.x)}" y="${ptToEmu(frame.box.y)}"/><a:ext cx="${width}" cy="${height}"/></p:xfrm>` +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">' +
    `<a:tbl><a:tblPr${header ? ' firstRow="1"' : ''}/>` +
    `<a:tblGrid>${widths.map((w) => `<a:gridCol w="${w}"/>`).join('')}</a:tblGrid>` +
    `${rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`
  );
}
