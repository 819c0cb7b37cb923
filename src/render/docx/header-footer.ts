// word/header1.xml and word/footer1.xml: the running header (the document's title over a thin rule) and
// the footer (a text on the left, the page number, a PAGE field, on the right).
import type { Theme } from '../../theme/theme.js';
import { StyleId, textWidth } from './style.js';
import { field, hex, NS, paragraph, run, XML_DECLARATION } from './wml.js';

export function headerXml(text: string, theme: Theme, lang: string): string {
  const rule = { style: 'single', size: 4, color: hex(theme.colours.rule), space: 4 } as const;
  return (
    XML_DECLARATION +
    `<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}">` +
    paragraph({ style: StyleId.header, border: { bottom: rule } }, run(text, { lang })) +
    '</w:hdr>'
  );
}

export function footerXml(text: string, lang: string): string {
  return (
    XML_DECLARATION +
    `<w:ftr xmlns:w="${NS.w}" xmlns:r="${NS.r}">` +
    paragraph(
      { style: StyleId.footer, tabs: [{ type: 'right', position: textWidth }] },
      run(text, { lang }) + run('\t', { bold: true, lang }) + field('PAGE', '', { bold: true, lang }),
    ) +
    '</w:ftr>'
  );
}
