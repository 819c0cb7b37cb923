// FittedDeck → the parts of a PPTX package, written as PresentationML strings by small writers (master and
// layouts, slides, tables, notes, theme, package parts), then zipped by writePackage. Everything in them
// comes from the deck and the theme: no clock, no random ids, so the same deck gives the same bytes.
import type { Theme } from '../../theme/theme.js';
import type { PackageParts } from '../ooxml/package.js';
import { coreXml } from '../ooxml/package.js';
import { cultureOf } from './language.js';
import { layoutDesign } from './layout-design.js';
import {
  LAYOUTS,
  LOGO_REL,
  layoutNumber,
  MASTER_THEME_REL,
  masterLayoutRel,
  slideLayoutXml,
  slideMasterXml,
} from './master.js';
import { notesMasterXml, notesSlideXml } from './notes.js';
import type { Relationship } from '../ooxml/relationships.js';
import { packageRelationshipsXml, relationshipsXml } from '../ooxml/relationships.js';
import {
  appXml,
  contentTypesXml,
  PRES_PROPS_XML,
  presentationRelationships,
  presentationXml,
  TABLE_STYLES_XML,
  VIEW_PROPS_XML,
} from './package-parts.js';
import type { FittedDeck } from './paginate.js';
import { slideXml } from './slide-part.js';
import { themeXml } from './theme-part.js';

export interface DeckPartsOptions {
  /** The fixed date of the core properties. */
  readonly date: Date;
}

const text = (xml: string): Buffer => Buffer.from(xml, 'utf8');

/** The package's parts, by name. */
export function deckParts(deck: FittedDeck, theme: Theme, options: DeckPartsOptions): PackageParts {
  const lang = cultureOf(deck.language);
  const logo = theme.organisation?.logo;
  const count = deck.slides.length;
  const parts: PackageParts = new Map();
  const put = (name: string, xml: string) => parts.set(name, text(xml));

  put('_rels/.rels', packageRelationshipsXml('ppt/presentation.xml'));
  put(
    'docProps/core.xml',
    coreXml({
      title: deck.title,
      ...(deck.subject ? { subject: deck.subject } : {}),
      ...(theme.organisation ? { creator: theme.organisation.name } : {}),
      language: lang,
      version: deck.version,
      date: options.date,
    }),
  );
  put('docProps/app.xml', appXml(count, theme.organisation?.name));
  put('ppt/presentation.xml', presentationXml(count, lang));
  put('ppt/_rels/presentation.xml.rels', relationshipsXml(presentationRelationships(count)));
  put('ppt/presProps.xml', PRES_PROPS_XML);
  put('ppt/viewProps.xml', VIEW_PROPS_XML);
  put('ppt/tableStyles.xml', TABLE_STYLES_XML);
  const themePart = themeXml(theme);
  put('ppt/theme/theme1.xml', themePart);
  put('ppt/theme/theme2.xml', themePart);

  put('ppt/slideMasters/slideMaster1.xml', slideMasterXml(theme, lang));
  put(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    relationshipsXml([
      ...LAYOUTS.map((_, i) => ({
        id: masterLayoutRel(i + 1),
        type: 'slideLayout',
        target: `../slideLayouts/slideLayout${i + 1}.xml`,
      })),
      { id: MASTER_THEME_REL, type: 'theme', target: '../theme/theme1.xml' },
    ]),
  );
  LAYOUTS.forEach(({ layout }, i) => {
    const name = `slideLayout${i + 1}.xml`;
    put(`ppt/slideLayouts/${name}`, slideLayoutXml(layoutDesign(layout, theme), theme, deck.footer, lang));
    const rels: Relationship[] = [
      { id: 'rId1', type: 'slideMaster', target: '../slideMasters/slideMaster1.xml' },
      ...(logo ? [{ id: LOGO_REL, type: 'image', target: '../media/logo.png' }] : []),
    ];
    put(`ppt/slideLayouts/_rels/${name}.rels`, relationshipsXml(rels));
  });
  if (logo) parts.set('ppt/media/logo.png', logo.png);

  put('ppt/notesMasters/notesMaster1.xml', notesMasterXml(lang));
  put(
    'ppt/notesMasters/_rels/notesMaster1.xml.rels',
    relationshipsXml([{ id: 'rId1', type: 'theme', target: '../theme/theme2.xml' }]),
  );

  deck.slides.forEach((slide, i) => {
    const n = i + 1;
    put(`ppt/slides/slide${n}.xml`, slideXml(slide, theme, lang));
    put(
      `ppt/slides/_rels/slide${n}.xml.rels`,
      relationshipsXml([
        {
          id: 'rId1',
          type: 'slideLayout',
          target: `../slideLayouts/slideLayout${layoutNumber(slide.layout)}.xml`,
        },
        { id: 'rId2', type: 'notesSlide', target: `../notesSlides/notesSlide${n}.xml` },
      ]),
    );
    put(`ppt/notesSlides/notesSlide${n}.xml`, notesSlideXml(slide.notes, n, lang));
    put(
      `ppt/notesSlides/_rels/notesSlide${n}.xml.rels`,
      relationshipsXml([
        { id: 'rId1', type: 'notesMaster', target: '../notesMasters/notesMaster1.xml' },
        { id: 'rId2', type: 'slide', target: `../slides/slide${n}.xml` },
      ]),
    );
  });

  put('[Content_Types].xml', contentTypesXml(parts.keys()));
  return parts;
}
