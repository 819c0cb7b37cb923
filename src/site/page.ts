// The download page: a static, self-contained index.html listing each kit and language with previews,
// sizes, checksums and licence. Pure: the manifest and the previews in, HTML out. Kit texts (titles,
// licences) come from the content in their own language and are marked with it; the few words of the
// page itself are English, the language of the university's download site.
import type { Manifest, ManifestArtefact, ManifestBundle } from '../build/manifest.js';
import { escapeXml } from '../markup.js';
import { formatBytes } from '../units.js';

export interface Preview {
  /** The artefact it shows, relative to the output folder. */
  readonly artefact: string;
  /** The image, relative to the output folder. */
  readonly path: string;
  readonly width: number;
  readonly height: number;
}

const kindNames: Record<string, string> = {
  poster: 'Table poster (PDF)',
  deck: 'Slide deck with speaker notes (PowerPoint)',
  handbook: 'Facilitator handbook (Word)',
  checklist: 'Fillable checklist (PDF)',
  cards: 'Tip cards, duplex (PDF)',
  workshop: 'Workshop',
};

const languageNames: Record<string, string> = {
  nl: 'Nederlands',
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
};

function fileType(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toUpperCase();
  return ext === 'PPTX' ? 'PowerPoint' : ext === 'DOCX' ? 'Word' : ext;
}

function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function extent(a: ManifestArtefact): string {
  if (a.slides !== undefined) return `${a.slides} slides`;
  if (a.pages !== undefined) return `${a.pages} ${a.pages === 1 ? 'page' : 'pages'}`;
  return '';
}

function artefactRow(a: ManifestArtefact): string {
  const name = a.path.slice(a.path.lastIndexOf('/') + 1);
  const facts = [fileType(a.path), formatBytes(a.bytes), extent(a)].filter(Boolean).join(' · ');
  return `<li class="file">
        <a href="${href(a.path)}" download>${escapeXml(name)}</a>
        <span class="kind">${escapeXml(kindNames[a.kind] ?? a.kind)}</span>
        <span class="facts">${escapeXml(facts)}</span>
        <code class="sum" title="SHA-256 checksum">${a.sha256}</code>
      </li>`;
}

function previewFigure(p: Preview, a: ManifestArtefact | undefined, title: string): string {
  const what = a ? (kindNames[a.kind] ?? a.kind) : 'Preview';
  return `<figure>
        <a href="${href(p.artefact)}"><img src="${href(p.path)}" width="${p.width}" height="${p.height}" loading="lazy" alt="${escapeXml(`${what}: ${title}, first page`)}"></a>
        <figcaption>${escapeXml(what)}</figcaption>
      </figure>`;
}

function languageSection(
  kit: Manifest['kits'][number],
  language: Manifest['kits'][number]['languages'][number],
  artefacts: readonly ManifestArtefact[],
  bundle: ManifestBundle | undefined,
  previews: readonly Preview[],
): string {
  const id = `${kit.id}-${language.language}`;
  const figures = previews
    .map((p) =>
      previewFigure(
        p,
        artefacts.find((a) => a.path === p.artefact),
        language.title,
      ),
    )
    .join('\n      ');
  return `<section class="language" aria-labelledby="${id}">
    <h3 id="${id}"><span lang="${escapeXml(language.language)}">${escapeXml(language.title)}</span> · ${escapeXml(languageNames[language.language] ?? language.language)}</h3>
    ${bundle ? `<p class="bundle"><a class="button" href="${href(bundle.path)}" download>Download everything (zip, ${formatBytes(bundle.bytes)})</a> <code class="sum" title="SHA-256 checksum">${bundle.sha256}</code></p>` : ''}
    ${figures ? `<div class="previews">\n      ${figures}\n    </div>` : ''}
    <ul class="files">
      ${artefacts.map(artefactRow).join('\n      ')}
    </ul>
    <p class="licence" lang="${escapeXml(language.language)}">${escapeXml(language.licence)}</p>
  </section>`;
}

export function downloadPage(manifest: Manifest, previews: readonly Preview[]): string {
  const kits = [...manifest.kits].sort((a, b) => (a.id < b.id ? 1 : -1));
  const sections = kits.map((kit) => {
    // The source language first, then the translations.
    const ordered = [...kit.languages].sort(
      (a, b) => Number(b.language === kit.sourceLanguage) - Number(a.language === kit.sourceLanguage),
    );
    const languages = ordered
      .map((language) => {
        const artefacts = manifest.artefacts.filter(
          (a) => a.kit === kit.id && a.language === language.language,
        );
        if (artefacts.length === 0) return '';
        const bundle = manifest.bundles.find((b) => b.kit === kit.id && b.language === language.language);
        const shown = previews.filter((p) => artefacts.some((a) => a.path === p.artefact));
        return languageSection(kit, language, artefacts, bundle, shown);
      })
      .filter(Boolean)
      .join('\n  ');
    const title = ordered[0]?.title ?? kit.id;
    return `<section class="kit" aria-labelledby="${kit.id}">
  <h2 id="${kit.id}">${escapeXml(title)} <span class="version">version ${escapeXml(kit.version)}, ${escapeXml(kit.released)}</span></h2>
  ${languages}
</section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Data Team Start and Checklist Samen Data Delen: downloads</title>
<style>
  :root { --ink: #1a2733; --muted: #52606c; --primary: #0b5d7a; --tint: #e8f2f5; --rule: #b7c8d0; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
  header, main, footer { max-width: 68rem; margin: 0 auto; padding: 1rem 1.25rem; }
  header { border-bottom: 4px solid var(--primary); }
  h1 { font-size: 1.75rem; margin: 0.5rem 0; color: var(--primary); }
  h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
  h2 .version { font-size: 0.9rem; font-weight: normal; color: var(--muted); }
  h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
  a { color: var(--primary); }
  a:focus-visible { outline: 3px solid #f2a81d; outline-offset: 2px; }
  .button { display: inline-block; background: var(--primary); color: #fff; padding: 0.5rem 0.9rem; border-radius: 4px; text-decoration: none; font-weight: 600; }
  .previews { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 1rem; margin: 1rem 0; }
  figure { margin: 0; }
  figure img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); background: var(--tint); }
  figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 0.25rem; }
  .files { list-style: none; padding: 0; margin: 0; }
  .file { display: grid; grid-template-columns: minmax(0, 1fr); padding: 0.5rem 0; border-top: 1px solid var(--tint); }
  .file a { font-weight: 600; overflow-wrap: anywhere; }
  .kind, .facts { color: var(--muted); font-size: 0.9rem; }
  .sum { font-size: 0.7rem; color: var(--muted); overflow-wrap: anywhere; }
  .licence { font-size: 0.85rem; color: var(--muted); }
  @media (min-width: 48rem) { .file { grid-template-columns: 16rem 1fr 12rem; gap: 0 1rem; } .file .sum { grid-column: 1 / -1; } }
</style>
</head>
<body>
<header>
  <h1>Data Team Start and Checklist Samen Data Delen</h1>
  <p>Printable kits for municipal data teams, free for non-commercial use. Each language can be downloaded whole as a zip, or file by file. Checksums: <a href="SHA256SUMS">SHA256SUMS</a> · <a href="manifest.json">manifest.json</a>.</p>
</header>
<main>
${sections.join('\n')}
</main>
<footer>
  <p class="licence">Made with ${escapeXml(manifest.generator)}.</p>
</footer>
</body>
</html>
`;
}
