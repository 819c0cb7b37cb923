// ppt/theme/themeN.xml: the theme's colours as the colour scheme (what PowerPoint offers for new shapes and
// charts), Arial as heading and body font, and the smallest format scheme PowerPoint accepts (three of each
// style). The slide master and the notes master each get their own copy: PowerPoint wants one per master.
import type { Theme } from '../../theme/theme.js';
import { OFFICE_FONT_FAMILY } from '../../typeset/fonts.js';
import { hex, NS, XML_DECLARATION, xmlText } from './dml.js';

const colour = (name: string, rgb: string) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`;

const PH = '<a:schemeClr val="phClr"/>';
const SOLID = `<a:solidFill>${PH}</a:solidFill>`;
const line = (w: number) =>
  `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${SOLID}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;

const FORMAT_SCHEME =
  '<a:fmtScheme name="Kit">' +
  `<a:fillStyleLst>${SOLID}${SOLID}${SOLID}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
  '<a:effectStyleLst>' +
  '<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3) +
  '</a:effectStyleLst>' +
  `<a:bgFillStyleLst>${SOLID}${SOLID}${SOLID}</a:bgFillStyleLst>` +
  '</a:fmtScheme>';

export function themeXml(theme: Theme): string {
  const c = theme.colours;
  const font = xmlText(OFFICE_FONT_FAMILY);
  const fonts = `<a:latin typeface="${font}"/><a:ea typeface=""/><a:cs typeface=""/>`;
  return (
    XML_DECLARATION +
    `<a:theme xmlns:a="${NS.a}" name="Kit">` +
    '<a:themeElements><a:clrScheme name="Kit">' +
    colour('dk1', hex(c.ink)) +
    colour('lt1', hex(c.paper)) +
    colour('dk2', hex(c.primaryText)) +
    colour('lt2', hex(c.tint)) +
    colour('accent1', hex(c.primary)) +
    colour('accent2', hex(c.accent)) +
    colour('accent3', hex(c.muted)) +
    colour('accent4', hex(c.ink)) +
    colour('accent5', hex(c.rule)) +
    colour('accent6', hex(c.tint)) +
    colour('hlink', hex(c.primaryText)) +
    colour('folHlink', hex(c.muted)) +
    '</a:clrScheme>' +
    `<a:fontScheme name="Kit"><a:majorFont>${fonts}</a:majorFont><a:minorFont>${fonts}</a:minorFont></a:fontScheme>` +
    FORMAT_SCHEME +
    '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}
