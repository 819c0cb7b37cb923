// The download page: one static, self-contained page per language (index.html in the kits' source
// language, index.<lang>.html for each other), with a switch between them. Each kit: what it is, for
// whom, how long, what you need; one zip of everything; every file by its label ("A2 voor de drukker")
// with its size and printing advice; previews; checksums folded away. Every word comes from the kits'
// texts in the manifest (`download:`), none from here, so a language a translator adds gets its page.
// Pure: the manifest and the previews in, HTML out.
import { describeFile } from '../build/files.js';
import { fill } from '../content/schema/download.js';
import type { Manifest, ManifestArtefact, ManifestBundle } from '../build/manifest.js';
import { localSize, orderedFiles } from '../build/bundle.js';
import type { DownloadTexts } from '../content/schema/download.js';
import type { MakerTexts } from '../content/schema/maker.js';
import { formatDate, releaseDate } from '../content/clock.js';
import { escapeXml } from '../markup.js';

export interface Preview {
  /** The artefact it shows, relative to the output folder. */
  readonly artefact: string;
  /** The image, relative to the output folder. */
  readonly path: string;
  readonly width: number;
  readonly height: number;
}

type Kit = Manifest['kits'][number];
type KitLanguage = Kit['languages'][number];

/** One page of the site: its file, relative to the output folder, and its HTML. */
export interface SitePage {
  readonly language: string;
  readonly path: string;
  readonly html: string;
}

export function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The kits in page order: the Data Team Start first, then the checklist (ids in reverse order). */
export function kitsInOrder(manifest: Manifest): Kit[] {
  return [...manifest.kits].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * The languages of the site: the first kit's source language first (its page is index.html), then the
 * others in alphabetical order.
 */
export function siteLanguages(manifest: Manifest): string[] {
  const kits = kitsInOrder(manifest);
  const all = new Set(kits.flatMap((k) => k.languages.map((l) => l.language)));
  const first = kits.find((k) => all.has(k.sourceLanguage))?.sourceLanguage;
  return [...all].sort((a, b) => Number(b === first) - Number(a === first) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Where a language's page lives: index.html for the first language, index.<lang>.html for the others. */
export function pagePath(language: string, first: string): string {
  return language === first ? 'index.html' : `index.${language}.html`;
}

/** The "Make your own kit" pages' folder in the site (src/site/maker-page.ts). */
export const MAKER_FOLDER = 'maker';

/** The maker's words in a language: from the first kit whose download texts have them. */
export function makerTexts(manifest: Manifest, language: string): MakerTexts | undefined {
  for (const kit of kitsInOrder(manifest)) {
    const download = kit.languages.find((l) => l.language === language)?.download;
    if (download && 'maker' in download) return download.maker;
  }
  return undefined;
}

/** Where a language's maker page lives, relative to the output folder. */
export function makerPagePath(language: string, first: string): string {
  return `${MAKER_FOLDER}/${pagePath(language, first)}`;
}

function extent(a: ManifestArtefact, page: DownloadTexts['page']): string {
  if (a.slides !== undefined) return `${a.slides} ${page.slides}`;
  if (a.pages !== undefined) return `${a.pages} ${a.pages === 1 ? page.page : page.pages}`;
  return '';
}

function fileType(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toUpperCase();
  return ext === 'PPTX' ? 'PowerPoint' : ext === 'DOCX' ? 'Word' : ext;
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** A contact as a link where it is one: an e-mail address or a web address; otherwise as text. */
function contactLink(contact: string): string {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact))
    return `<a href="mailto:${escapeXml(contact)}">${escapeXml(contact)}</a>`;
  if (/^https?:\/\/\S+$/.test(contact)) return `<a href="${escapeXml(contact)}">${escapeXml(contact)}</a>`;
  return escapeXml(contact);
}

function fileItem(a: ManifestArtefact, texts: KitLanguage, language: string): string {
  const { label, print } = describeFile(texts.download, a.variant);
  const facts = [fileType(a.path), localSize(a.bytes, language), extent(a, texts.download.page)]
    .filter(Boolean)
    .join(' · ');
  return `<li class="file">
          <a class="label" href="${href(a.path)}" download>${escapeXml(label)}</a>
          <span class="facts">${escapeXml(facts)}</span>
          <span class="name">${escapeXml(baseName(a.path))}</span>
          ${print ? `<p class="print">${escapeXml(print)}</p>` : ''}
        </li>`;
}

function previewFigure(p: Preview, a: ManifestArtefact, texts: KitLanguage): string {
  const { label } = describeFile(texts.download, a.variant);
  return `<figure>
          <a href="${href(a.path)}"><img src="${href(p.path)}" width="${p.width}" height="${p.height}" loading="lazy" alt="${escapeXml(fill(texts.download.page.preview, { label }))}"></a>
          <figcaption>${escapeXml(label)}</figcaption>
        </figure>`;
}

function checksums(
  artefacts: readonly ManifestArtefact[],
  bundle: ManifestBundle | undefined,
  page: DownloadTexts['page'],
): string {
  const rows = [...(bundle ? [bundle] : []), ...artefacts]
    .map((f) => `<dt>${escapeXml(baseName(f.path))}</dt><dd><code>${f.sha256}</code></dd>`)
    .join('\n            ');
  return `<details class="sums">
          <summary>${escapeXml(page.checksums)}</summary>
          <p>${escapeXml(page.checksumsHelp)} <a href="SHA256SUMS">SHA256SUMS</a> · <a href="manifest.json">manifest.json</a></p>
          <dl>
            ${rows}
          </dl>
        </details>`;
}

function kitSection(
  kit: Kit,
  texts: KitLanguage,
  artefacts: readonly ManifestArtefact[],
  bundle: ManifestBundle | undefined,
  previews: readonly Preview[],
): string {
  const { download } = texts;
  const { page, about } = download;
  const language = texts.language;
  const files = orderedFiles(
    download,
    artefacts.map((a) => ({ ...a, name: a.path })),
  );
  // Previews in the order of the files: the poster first.
  const figures = files.flatMap((a) => {
    const p = previews.find((x) => x.artefact === a.path);
    return p ? [previewFigure(p, a, texts)] : [];
  });
  // The tiled posters' print advice points to the steps for taping the sheets together, right below.
  const assembly =
    'assembly' in download && files.some((a) => a.variant.sheet !== undefined)
      ? `<details class="assembly">
        <summary>${escapeXml(download.assembly.title)}</summary>
        <ol>
          ${download.assembly.steps.map((step) => `<li>${escapeXml(step)}</li>`).join('\n          ')}
        </ol>
      </details>`
      : '';
  const id = `kit-${kit.id}`;
  return `<section class="kit" aria-labelledby="${id}">
      <h2 id="${id}">${escapeXml(texts.title)}</h2>
      <p class="subtitle">${escapeXml(texts.subtitle)}</p>
      <p class="version">${escapeXml(page.version)} ${escapeXml(kit.version)} · <time datetime="${escapeXml(kit.released)}">${escapeXml(formatDate(releaseDate(kit.released), language))}</time></p>
      <dl class="about">
        <div><dt>${escapeXml(page.what)}</dt><dd>${escapeXml(about.what)}</dd></div>
        <div><dt>${escapeXml(page.audience)}</dt><dd>${escapeXml(about.audience)}</dd></div>
        <div><dt>${escapeXml(page.duration)}</dt><dd>${escapeXml(about.duration)}</dd></div>
        <div><dt>${escapeXml(page.needs)}</dt><dd>${escapeXml(about.needs)}</dd></div>
      </dl>
      ${bundle ? `<p class="bundle"><a class="button" href="${href(bundle.path)}" download>${escapeXml(fill(page.downloadAll, { size: localSize(bundle.bytes, language) }))}</a></p>` : ''}
      ${figures.length ? `<div class="previews">\n        ${figures.join('\n        ')}\n      </div>` : ''}
      <h3>${escapeXml(page.separately)}</h3>
      <ul class="files">
        ${files.map((a) => fileItem(a, texts, language)).join('\n        ')}
      </ul>
      ${assembly}
      ${checksums(files, bundle, page)}
      <p class="licence">${escapeXml(texts.licence)}</p>
    </section>`;
}

export const STYLE = `
  :root { --ink: #1a2733; --muted: #4d5a66; --primary: #0b5d7a; --tint: #e8f2f5; --rule: #b7c8d0; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
  .skip { position: absolute; left: -100vw; top: 0; background: #fff; padding: 0.5rem; }
  .skip:focus { left: 0.5rem; }
  header, main, footer { max-width: 68rem; margin: 0 auto; padding: 1rem 1.25rem; }
  header { border-bottom: 4px solid var(--primary); }
  .top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem 1rem; align-items: baseline; }
  .publisher { margin: 0; font-weight: 600; }
  nav ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 0.75rem; }
  nav a[aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--ink); }
  h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.75rem 0 0.5rem; color: var(--primary); }
  h2 { font-size: 1.5rem; margin: 2.5rem 0 0.25rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
  h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
  .subtitle { margin: 0.25rem 0; font-size: 1.1rem; }
  .version { margin: 0; color: var(--muted); font-size: 0.9rem; }
  a { color: var(--primary); }
  a:focus-visible, summary:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
  .about { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem 1.5rem; margin: 1rem 0; }
  .about dt { font-weight: 700; }
  .about dd { margin: 0; }
  .button { display: inline-block; background: var(--primary); color: #fff; padding: 0.6rem 1rem; border-radius: 4px; text-decoration: none; font-weight: 600; }
  .previews { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 1rem; margin: 1rem 0; }
  figure { margin: 0; }
  figure img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); background: var(--tint); }
  figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 0.25rem; }
  .files { list-style: none; padding: 0; margin: 0; }
  .file { display: grid; grid-template-columns: minmax(0, 1fr); padding: 0.6rem 0; border-top: 1px solid var(--tint); }
  .file .label { font-weight: 600; }
  .facts, .name { color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; }
  .print { margin: 0.25rem 0 0; font-size: 0.95rem; }
  details { margin: 1rem 0; }
  summary { cursor: pointer; color: var(--primary); font-weight: 600; }
  .assembly ol { margin: 0.5rem 0; padding-left: 1.5rem; }
  .assembly li { margin: 0.25rem 0; }
  .sums dl { display: grid; grid-template-columns: minmax(0, 1fr); font-size: 0.8rem; margin: 0.5rem 0; }
  .sums dd { margin: 0 0 0.4rem; overflow-wrap: anywhere; color: var(--muted); }
  .licence { font-size: 0.9rem; color: var(--muted); }
  .maker-link a { font-weight: 700; }
  footer { border-top: 1px solid var(--rule); font-size: 0.9rem; }
  @media (min-width: 48rem) {
    .about { grid-template-columns: repeat(2, minmax(0, 1fr)); }
    .file { grid-template-columns: 17rem 1fr; gap: 0 1rem; }
    .file .print { grid-column: 2; grid-row: 1 / span 3; margin: 0; }
  }`;

export function languageSwitch(
  languages: readonly { language: string; name: string; path: string }[],
  current: string,
  label: string,
): string {
  if (languages.length < 2) return '';
  const items = languages
    .map(
      (l) =>
        `<li><a href="${href(l.path)}" lang="${escapeXml(l.language)}" hreflang="${escapeXml(l.language)}"${l.language === current ? ' aria-current="page"' : ''}>${escapeXml(l.name)}</a></li>`,
    )
    .join('');
  return `<nav aria-label="${escapeXml(label)}"><ul>${items}</ul></nav>`;
}

/**
 * A page's opening up to its head's end (left open for more): its language, the other languages' pages
 * as alternates, its title and style.
 */
export function pageHead(
  language: string,
  languages: readonly { language: string; path: string }[],
  title: string,
  style: string,
): string {
  const alternates = languages
    .filter((l) => l.language !== language)
    .map((l) => `<link rel="alternate" hreflang="${escapeXml(l.language)}" href="${href(l.path)}">`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeXml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
${alternates}
<title>${escapeXml(title)}</title>
<style>${style}
</style>`;
}

/** Every page of the site, the first language's first. */
export function downloadPages(
  manifest: Manifest,
  previews: readonly Preview[],
  options: { readonly maker?: boolean } = {},
): SitePage[] {
  const kits = kitsInOrder(manifest);
  const languages = siteLanguages(manifest);
  const first = languages[0] ?? 'en';
  // The page's own words and the language's name come from the first kit that has the language.
  const chrome = (language: string): KitLanguage | undefined =>
    kits.flatMap((k) => k.languages).find((l) => l.language === language);
  const switcher = languages.flatMap((language) => {
    const texts = chrome(language);
    return texts
      ? [{ language, name: texts.download.page.languageName, path: pagePath(language, first) }]
      : [];
  });
  return switcher.map(({ language, path }) => {
    const texts = chrome(language)!;
    const { page } = texts.download;
    // The link to "Make your own kit", when the site has its page (src/site/maker-files.ts).
    const maker = options.maker === false ? undefined : makerTexts(manifest, language);
    const present = kits.flatMap((kit) => {
      const kitTexts = kit.languages.find((l) => l.language === language);
      const artefacts = manifest.artefacts.filter((a) => a.kit === kit.id && a.language === language);
      if (!kitTexts || artefacts.length === 0) return [];
      return [{ kit, kitTexts, artefacts }];
    });
    const sections = present.map(({ kit, kitTexts, artefacts }) =>
      kitSection(
        kit,
        kitTexts,
        artefacts,
        manifest.bundles.find((b) => b.kit === kit.id && b.language === language),
        previews.filter((p) => artefacts.some((a) => a.path === p.artefact)),
      ),
    );
    // Each publisher once (both kits usually have the same).
    const publishers = [
      ...new Map(
        present.map(({ kitTexts }) => [kitTexts.download.publisher.name, kitTexts.download.publisher]),
      ).values(),
    ];
    const publisherLinks = publishers
      .map((p) => `<a href="${escapeXml(p.url)}">${escapeXml(p.name)}</a>`)
      .join(' · ');
    const contacts = [...new Set(publishers.flatMap((p) => (p.contact ? [p.contact] : [])))]
      .map(contactLink)
      .join(' · ');
    const html = `${pageHead(language, switcher, page.title, STYLE)}
</head>
<body>
<a class="skip" href="#downloads">${escapeXml(page.skip)}</a>
<header>
  <div class="top">
    <p class="publisher">${publisherLinks}</p>
    ${languageSwitch(switcher, language, page.languages)}
  </div>
  <h1>${escapeXml(page.title)}</h1>
  <p>${escapeXml(page.intro)}</p>
  ${maker ? `<p class="maker-link"><a href="${href(makerPagePath(language, first))}">${escapeXml(maker.link)}</a>: ${escapeXml(maker.linkText)}</p>` : ''}
</header>
<main id="downloads">
    ${sections.join('\n    ')}
</main>
<footer>
  <p>${escapeXml(page.publisher)} ${publisherLinks}.${contacts ? ` ${escapeXml(page.contact)}: ${contacts}` : ''}</p>
  <p>${escapeXml(page.madeWith)} ${escapeXml(manifest.generator)}.</p>
</footer>
</body>
</html>
`;
    return { language, path, html };
  });
}
