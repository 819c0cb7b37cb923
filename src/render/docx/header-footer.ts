// word/header1.xml and word/footer1.xml: the running header and footer the layout pass made (layout.ts).
import type { Paragraph } from './laid-out.js';
import { NS, paragraph, runsXml, XML_DECLARATION } from './wml.js';

function part(tag: 'hdr' | 'ftr', p: Paragraph): string {
  return (
    XML_DECLARATION +
    `<w:${tag} xmlns:w="${NS.w}" xmlns:r="${NS.r}">` +
    paragraph(p.format, runsXml(p.runs)) +
    `</w:${tag}>`
  );
}

export const headerXml = (p: Paragraph): string => part('hdr', p);
export const footerXml = (p: Paragraph): string => part('ftr', p);
