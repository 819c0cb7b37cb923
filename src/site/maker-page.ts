// The "Make your own kit" page: one static page per language (maker/index.html in the kits' source
// language, maker/index.<lang>.html for each other), beside the download pages. The form is plain HTML
// that reads without its script; the script (maker/page.js, bundled from src/maker/page/) adds the live
// contrast check, the brand file and the build in a Web Worker. Every word comes from the kits' texts
// (`download.maker:`), none from here. Pure: the manifest in, HTML out.
import type { Manifest } from '../build/manifest.js';
import type { MakerTexts } from '../content/schema/maker.js';
import { MAKER_OFFLINE } from './maker-offline.js';
import { fill } from '../content/schema/download.js';
import { escapeXml } from '../markup.js';
import type { MakerPageData } from '../maker/page/data.js';
import { DATA_ELEMENT, scriptJson } from '../maker/page/data.js';
import { posterPapers } from '../render/poster/paper.js';
import { defaultColours } from '../theme/theme.js';
import { FILE_LIMITS } from '../workspace/workspace.js';
import { localSize } from '../build/bundle.js';
import type { SitePage } from './page.js';
import {
  href,
  kitsInOrder,
  languageSwitch,
  makerPagePath,
  makerTexts,
  pageHead,
  pagePath,
  siteLanguages,
  STYLE,
} from './page.js';

/** The page's script and the worker's, in the maker's folder. */
export const MAKER_SCRIPT = 'page.js';
export const MAKER_WORKER = 'worker.js';

const MAKER_STYLE = `
  .privacy { border-left: 4px solid var(--primary); background: var(--tint); padding: 0.6rem 0.9rem; margin: 1rem 0 0; }
  .privacy p { margin: 0.2rem 0; }
  .problem { border-left: 4px solid #a4262c; background: #fdf0f0; padding: 0.6rem 0.9rem; }
  form, .brand-file, .result { margin: 1.5rem 0; }
  fieldset { border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 1.25rem; padding: 0.75rem 1rem 1rem; min-width: 0; }
  legend { font-weight: 700; font-size: 1.15rem; padding: 0 0.35rem; }
  fieldset fieldset { border: 0; padding: 0; margin: 1rem 0 0; }
  fieldset fieldset legend { font-size: 1rem; padding: 0; }
  .field { margin: 1rem 0 0; }
  .field:first-of-type { margin-top: 0.25rem; }
  .help + .field { margin-top: 0.75rem; }
  label, .label { display: block; font-weight: 600; }
  .req { font-weight: 400; color: var(--muted); }
  .help { margin: 0.1rem 0 0.35rem; color: var(--muted); font-size: 0.95rem; }
  input[type="text"], select { font: inherit; width: 100%; max-width: 32rem; padding: 0.45rem 0.55rem; border: 1px solid #6b7a86; border-radius: 4px; background: #fff; color: var(--ink); }
  input[type="file"] { font: inherit; max-width: 100%; }
  input[aria-invalid="true"] { border-color: #a4262c; border-width: 2px; }
  .choice { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.35rem 0; font-weight: 400; }
  .choice input { margin-top: 0.3rem; flex: none; width: 1.1rem; height: 1.1rem; }
  .pick { display: flex; gap: 0.5rem; align-items: center; max-width: 32rem; }
  .pick input[type="text"] { flex: 1; font-family: ui-monospace, monospace; text-transform: uppercase; }
  .pick input[type="color"] { flex: none; width: 3rem; height: 2.4rem; padding: 0.1rem; border: 1px solid #6b7a86; border-radius: 4px; background: #fff; }
  .error { color: #a4262c; font-weight: 600; margin: 0.3rem 0 0; }
  .check { margin: 0.4rem 0 0; font-size: 0.95rem; max-width: 40rem; }
  .check p { margin: 0.25rem 0; }
  .check .pass::before { content: "✓ "; color: #1e6b34; font-weight: 700; }
  .check .warn::before, .check .fail::before { content: "! "; font-weight: 700; }
  .check .fail { color: #a4262c; }
  .swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid var(--ink); vertical-align: -0.1em; margin-right: 0.25em; }
  button, .button { font: inherit; font-weight: 600; border-radius: 4px; padding: 0.6rem 1rem; cursor: pointer; border: 2px solid var(--primary); }
  button { background: #fff; color: var(--primary); }
  button.primary { background: var(--primary); color: #fff; }
  button.small { padding: 0.25rem 0.6rem; font-size: 0.95rem; margin-top: 0.25rem; }
  button:disabled { opacity: 0.6; cursor: progress; }
  button:focus-visible, input:focus-visible, select:focus-visible, .button:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1.25rem 0; }
  .summary { border: 2px solid #a4262c; border-radius: 6px; padding: 0.6rem 1rem; margin: 0 0 1.25rem; }
  .summary h2 { font-size: 1.1rem; margin: 0; border: 0; padding: 0; color: #a4262c; }
  .summary ul { margin: 0.4rem 0 0; padding-left: 1.25rem; }
  progress { width: 100%; max-width: 32rem; height: 1.25rem; accent-color: var(--primary); }
  .result h2, .brand-file h2 { margin-top: 1rem; }
  .result h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
  .messages ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
  .messages li { margin: 0.35rem 0; }
  .messages .hint { display: block; color: var(--muted); }
  .downloads { list-style: none; padding: 0; }
  .downloads li { margin: 0.75rem 0; display: flex; flex-direction: column; align-items: flex-start; gap: 0.25rem; }
  .downloads a { overflow-wrap: anywhere; }
  [hidden] { display: none !important; }`;

function field(
  id: string,
  label: string,
  help: string | undefined,
  control: string,
  texts: MakerTexts,
  required = false,
): string {
  return `<div class="field">
        <label for="${id}">${escapeXml(label)}${required ? ` <span class="req">(${escapeXml(texts.required)})</span>` : ''}</label>
        ${help ? `<p class="help" id="${id}-help">${escapeXml(help)}</p>` : ''}
        ${control}
        <p class="error" id="${id}-error" hidden></p>
      </div>`;
}

function describedBy(id: string, help: boolean, ...more: string[]): string {
  return [...(help ? [`${id}-help`] : []), ...more, `${id}-error`].join(' ');
}

function textInput(id: string, max: number, help: boolean, extra = ''): string {
  return `<input type="text" id="${id}" name="${id}" maxlength="${max}" autocomplete="off" aria-describedby="${describedBy(id, help)}"${extra}>`;
}

type ColourField = keyof MakerPageData['kitColours'];

function colourField(name: ColourField, texts: MakerTexts): string {
  const c = texts.colours;
  const label = c[name];
  const help = c[`${name}Help`];
  const id = `colour-${name}`;
  const own = defaultColours[name];
  return `<div class="field colour" data-colour="${name}">
        <label for="${id}">${escapeXml(label)}</label>
        <p class="help" id="${id}-help">${escapeXml(help)}</p>
        <div class="pick">
          <input type="text" id="${id}" name="${id}" maxlength="7" autocomplete="off" spellcheck="false" placeholder="${own}" aria-describedby="${describedBy(id, true, `${id}-check`)}">
          <input type="color" id="${id}-picker" value="${own.toLowerCase()}" aria-label="${escapeXml(fill(c.picker, { colour: label }))}">
        </div>
        <p class="error" id="${id}-error" hidden></p>
        <div class="check" id="${id}-check" aria-live="polite"><p>${escapeXml(fill(c.kitColour, { colour: own }))}</p></div>
      </div>`;
}

function radios(name: string, legend: string, options: readonly [string, string][], checked: string): string {
  return `<fieldset>
        <legend>${escapeXml(legend)}</legend>
        ${options
          .map(
            ([value, label]) =>
              `<label class="choice"><input type="radio" name="${name}" value="${escapeXml(value)}"${value === checked ? ' checked' : ''}> <span>${escapeXml(label)}</span></label>`,
          )
          .join('\n        ')}
      </fieldset>`;
}

function checkboxes(
  name: string,
  legend: string,
  options: readonly { value: string; label: string; lang?: string; checked: boolean }[],
): string {
  return `<fieldset id="${name}" aria-describedby="${name}-error">
        <legend>${escapeXml(legend)}</legend>
        ${options
          .map(
            (o) =>
              `<label class="choice"><input type="checkbox" name="${name}" value="${escapeXml(o.value)}"${o.checked ? ' checked' : ''}> <span${o.lang ? ` lang="${escapeXml(o.lang)}"` : ''}>${escapeXml(o.label)}</span></label>`,
          )
          .join('\n        ')}
        <p class="error" id="${name}-error" hidden></p>
      </fieldset>`;
}

/** The maker page in every language that has its words, the first language's first. */
export function makerPages(manifest: Manifest): SitePage[] {
  const languages = siteLanguages(manifest);
  const first = languages[0] ?? 'en';
  const kits = kitsInOrder(manifest);
  const names = languages.flatMap((code) => {
    const texts = kits.flatMap((k) => k.languages).find((l) => l.language === code);
    return texts ? [{ code, name: texts.download.page.languageName }] : [];
  });
  const present = names.flatMap(({ code }) => {
    const texts = makerTexts(manifest, code);
    return texts ? [{ code, texts }] : [];
  });
  const switcher = present.map(({ code }) => ({
    language: code,
    name: names.find((n) => n.code === code)!.name,
    path: pagePath(code, first),
  }));
  return present.map(({ code, texts }) => {
    const chrome = kits.flatMap((k) => k.languages).find((l) => l.language === code)!;
    const { page } = chrome.download;
    const data: MakerPageData = {
      language: code,
      texts,
      languages: names,
      kits: kits.map((kit) => {
        const own = kit.languages.find((l) => l.language === code) ?? kit.languages[0]!;
        return { id: kit.id, title: own.title, download: own.download };
      }),
      kitColours: { primary: defaultColours.primary, accent: defaultColours.accent, ink: defaultColours.ink },
      limits: { logo: FILE_LIMITS.logo, brand: FILE_LIMITS.brand },
      worker: MAKER_WORKER,
      offline: MAKER_OFFLINE,
    };
    const o = texts.organisation;
    const p = texts.poster;
    const publisher = chrome.download.publisher;
    const html = `${pageHead(code, switcher, `${texts.title} · ${page.title}`, STYLE + MAKER_STYLE)}
<script type="module" src="${MAKER_SCRIPT}"></script>
</head>
<body>
<a class="skip" href="#maker">${escapeXml(texts.skip)}</a>
<header>
  <div class="top">
    <p class="publisher"><a href="../${href(pagePath(code, first))}">${escapeXml(texts.back)}</a></p>
    ${languageSwitch(switcher, code, page.languages)}
  </div>
  <h1>${escapeXml(texts.title)}</h1>
  <p>${escapeXml(texts.intro)}</p>
  <div class="privacy">
    <p><strong>${escapeXml(texts.privacy)}</strong></p>
    <p>${escapeXml(texts.offline)}</p>
  </div>
</header>
<main>
  <noscript><p class="problem">${escapeXml(texts.noScript)}</p></noscript>
  <p class="problem" id="no-worker" hidden>${escapeXml(texts.noWorker)}</p>
  <section class="brand-file" aria-labelledby="brand-file-heading">
    <h2 id="brand-file-heading">${escapeXml(texts.brandFile.heading)}</h2>
    <p>${escapeXml(texts.brandFile.help)}</p>
    <label for="load">${escapeXml(texts.brandFile.load)}</label>
    <p class="help" id="load-help">${escapeXml(texts.brandFile.loadHelp)}</p>
    <input type="file" id="load" multiple accept=".yaml,.yml,.png,.jpg,.jpeg,.webp,.svg" aria-describedby="load-help load-status">
    <div id="load-status" role="status"></div>
  </section>
  <form id="maker" novalidate>
    <div class="summary" id="form-errors" tabindex="-1" hidden></div>
    <fieldset>
      <legend>${escapeXml(o.legend)}</legend>
      ${field('organisation', o.name, o.nameHelp, textInput('organisation', 60, true, ' required aria-required="true"'), texts, true)}
      ${field('contact', o.contact, o.contactHelp, textInput('contact', 120, true), texts)}
      ${field(
        'logo',
        o.logo,
        fill(o.logoHelp, { size: localSize(FILE_LIMITS.logo, code) }),
        `<input type="file" id="logo" name="logo" accept="image/png,image/jpeg,image/webp,image/svg+xml,.svg" aria-describedby="${describedBy('logo', true, 'logo-status')}">
        <p class="help" id="logo-status" role="status"></p>
        <button type="button" class="small" id="logo-remove" hidden>${escapeXml(o.removeLogo)}</button>`,
        texts,
      )}
      ${field('logo-alt', o.logoAlt, o.logoAltHelp, textInput('logo-alt', 120, true), texts)}
    </fieldset>
    <fieldset>
      <legend>${escapeXml(texts.colours.legend)}</legend>
      <p class="help">${escapeXml(texts.colours.help)}</p>
      ${(['primary', 'accent', 'ink'] as const).map((c) => colourField(c, texts)).join('\n      ')}
    </fieldset>
    <fieldset>
      <legend>${escapeXml(p.legend)}</legend>
      ${field(
        'paper',
        p.paper,
        p.paperHelp,
        `<select id="paper" name="paper" aria-describedby="${describedBy('paper', true)}">
          ${posterPapers.map((size) => `<option${size === 'A2' ? ' selected' : ''}>${size}</option>`).join('')}
        </select>`,
        texts,
      )}
      ${radios(
        'orientation',
        p.orientation,
        [
          ['portrait', p.portrait],
          ['landscape', p.landscape],
        ],
        'portrait',
      )}
      ${radios(
        'layout',
        p.layout,
        [
          ['table', p.table],
          ['upright', p.upright],
        ],
        'table',
      )}
    </fieldset>
    ${checkboxes(
      'kits',
      texts.kits.legend,
      data.kits.map((k) => ({ value: k.id, label: k.title, checked: true })),
    )}
      ${checkboxes(
        'languages',
        texts.kits.languages,
        names.map((n) => ({ value: n.code, label: n.name, lang: n.code, checked: n.code === code })),
      )}
    <div class="actions">
      <button type="submit" class="primary" id="build">${escapeXml(texts.build.button)}</button>
      <button type="button" id="save">${escapeXml(texts.brandFile.save)}</button>
      <button type="button" id="save-logo" hidden></button>
    </div>
  </form>
  <section class="result" id="result" aria-labelledby="result-heading" hidden>
    <h2 id="result-heading" tabindex="-1">${escapeXml(texts.build.busy)}</h2>
    <label for="progress" class="label" id="progress-label">${escapeXml(texts.build.progress)}</label>
    <progress id="progress" max="1" value="0"></progress>
    <p id="progress-text" role="status">${escapeXml(texts.build.starting)}</p>
    <div class="messages" id="messages"></div>
    <div id="downloads"></div>
  </section>
</main>
<footer>
  <p>${escapeXml(page.publisher)} <a href="${escapeXml(publisher.url)}">${escapeXml(publisher.name)}</a>.</p>
  <p>${escapeXml(page.madeWith)} ${escapeXml(manifest.generator)}.</p>
</footer>
<script type="application/json" id="${DATA_ELEMENT}">${scriptJson(data)}</script>
</body>
</html>
`;
    return { language: code, path: makerPagePath(code, first), html };
  });
}
