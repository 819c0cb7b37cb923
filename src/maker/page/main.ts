// The "Make your own kit" page's script (bundled into maker/page.js by src/tools/maker-page-bundle.ts):
// the form's live colour check, the logo and the brand file, and the build in a Web Worker with its
// progress, warnings and downloads. Plain DOM; every word from the page's data (src/maker/page/data.ts).
import type { Brand } from '../../theme/brand-schema.js';
import { brandSchema } from '../../theme/brand-schema.js';
import type { MakerBuildRequest, MakerDiagnostic, MakerReply } from '../protocol.js';
import { BRAND_FILE, brandYaml, isLogoFile, logoFileName, readBrandFile } from './brand-file.js';
import type { ColourField } from './colour-check.js';
import { COLOUR } from './colour-check.js';
import type { MakerPageData } from './data.js';
import { DATA_ELEMENT } from './data.js';
import { FORM_FIELDS, formFieldOf, inFormOrder } from './fields.js';
import { artefactLabel } from './labels.js';
import { localSize as sizeText } from '../../units.js';
import { renderColourCheck, renderDiagnostics } from './render.js';
import { fill } from '../../content/schema/template.js';

const data = JSON.parse(document.getElementById(DATA_ELEMENT)?.textContent ?? '{}') as MakerPageData;
const t = data.texts;
const COLOURS: readonly ColourField[] = ['primary', 'accent', 'ink'];

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

const form = element<HTMLFormElement>('maker');
const input = (id: string) => element<HTMLInputElement>(id);

/** The chosen logo: its name beside brand.yaml and its bytes. */
let logo: { name: string; bytes: Uint8Array } | undefined;
/** The Blob URLs of the last build's downloads, revoked when the next build starts. */
let urls: string[] = [];

// ---- Errors tied to their fields ---------------------------------------------------------------------

function setError(id: string, message: string | undefined): void {
  const error = element(`${id}-error`);
  error.textContent = message ?? '';
  error.hidden = !message;
  const control = document.getElementById(id);
  if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) {
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
}

// ---- Colours -----------------------------------------------------------------------------------------

function colourInput(field: ColourField): HTMLInputElement {
  return input(`colour-${field}`);
}

/** The value each colour's check was last shown for: shown again only when it changes. */
const shown = new Map<ColourField, string>();

function showColourCheck(field: ColourField, announce: boolean): void {
  const value = colourInput(field).value.trim();
  const box = element(`colour-${field}-check`);
  // While typing, the live region waits for a whole colour: no announcement per keystroke.
  if (!announce && value !== '' && !COLOUR.test(value)) return;
  setError(`colour-${field}`, value !== '' && !COLOUR.test(value) ? t.colours.invalid : undefined);
  // The change event when the field loses its focus to the check's own button must not replace that button.
  if (shown.get(field) === value.toUpperCase()) return;
  shown.set(field, value.toUpperCase());
  box.replaceChildren(
    ...renderColourCheck(field, value, data, (colour) => {
      colourInput(field).value = colour;
      updateColour(field, true);
      colourInput(field).focus();
    }),
  );
}

function updateColour(field: ColourField, announce: boolean): void {
  const value = colourInput(field).value.trim();
  if (COLOUR.test(value)) input(`colour-${field}-picker`).value = value.toLowerCase();
  else if (value === '') input(`colour-${field}-picker`).value = data.kitColours[field].toLowerCase();
  showColourCheck(field, announce);
}

for (const field of COLOURS) {
  colourInput(field).addEventListener('input', () => updateColour(field, false));
  colourInput(field).addEventListener('change', () => updateColour(field, true));
  input(`colour-${field}-picker`).addEventListener('input', () => {
    colourInput(field).value = input(`colour-${field}-picker`).value.toUpperCase();
    showColourCheck(field, true);
  });
}

// ---- The logo ----------------------------------------------------------------------------------------

function showLogo(): void {
  element('logo-status').textContent = logo
    ? fill(t.organisation.logoChosen, { file: logo.name, size: sizeText(logo.bytes.length, data.language) })
    : '';
  element('logo-remove').hidden = !logo;
  const saveLogo = element<HTMLButtonElement>('save-logo');
  saveLogo.hidden = !logo;
  if (logo) saveLogo.textContent = fill(t.brandFile.saveLogo, { file: logo.name });
}

/** Takes a logo file the user chose; undefined when it is usable, else what is wrong. */
async function takeLogo(file: File): Promise<string | undefined> {
  if (!isLogoFile(file.name, file.type)) return t.organisation.logoType;
  if (file.size > data.limits.logo)
    return fill(t.organisation.logoTooLarge, {
      size: sizeText(file.size, data.language),
      max: sizeText(data.limits.logo, data.language),
    });
  logo = { name: logoFileName(file.name, file.type), bytes: new Uint8Array(await file.arrayBuffer()) };
  return undefined;
}

input('logo').addEventListener('change', () => {
  const file = input('logo').files?.[0];
  logo = undefined;
  if (!file) {
    setError('logo', undefined);
    showLogo();
    return;
  }
  void takeLogo(file).then((problem) => {
    setError('logo', problem);
    if (problem) input('logo').value = '';
    showLogo();
  });
});

element('logo-remove').addEventListener('click', () => {
  logo = undefined;
  input('logo').value = '';
  setError('logo', undefined);
  showLogo();
  input('logo').focus();
});

// ---- The form as a brand -----------------------------------------------------------------------------

function checked(name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

function chosen(name: string): string {
  return checked(name)[0] ?? '';
}

function brandOfForm(): Brand {
  const value = (id: string) => input(id).value.trim();
  const colours = Object.fromEntries(
    COLOURS.flatMap((c) => (value(`colour-${c}`) ? [[c, value(`colour-${c}`).toUpperCase()]] : [])),
  );
  return {
    organisation: value('organisation'),
    ...(logo ? { logo: logo.name } : {}),
    ...(value('logo-alt') ? { logoAlt: value('logo-alt') } : {}),
    ...(value('contact') ? { contact: value('contact') } : {}),
    ...(Object.keys(colours).length ? { colours } : {}),
    paper: element<HTMLSelectElement>('paper').value as Brand['paper'],
  };
}

/** Every problem of the form by field id, in the form's order; each shown at its field. */
function formProblems(forBuild: boolean): Map<string, string> {
  const problems = new Map<string, string>();
  const result = brandSchema.safeParse(brandOfForm());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const id = formFieldOf(issue.path.join('.'));
      if (!id || problems.has(id)) continue;
      const max = issue.code === 'too_big' ? String(issue.maximum) : undefined;
      problems.set(
        id,
        max ? fill(t.tooLong, { max }) : id.startsWith('colour-') ? t.colours.invalid : t.empty,
      );
    }
  }
  if (!element('logo-error').hidden) problems.set('logo', element('logo-error').textContent ?? '');
  if (forBuild) {
    if (checked('kits').length === 0) problems.set('kits', t.kits.noKit);
    if (checked('languages').length === 0) problems.set('languages', t.kits.noLanguage);
  }
  return new Map(inFormOrder(problems.keys()).map((id) => [id, problems.get(id)!] as const));
}

/** Shows the form's problems at their fields and in a summary that takes the focus; true when none. */
function checkForm(forBuild: boolean): boolean {
  const problems = formProblems(forBuild);
  for (const { id } of FORM_FIELDS)
    if (document.getElementById(`${id}-error`)) setError(id, problems.get(id));
  const summary = element('form-errors');
  summary.hidden = problems.size === 0;
  summary.replaceChildren();
  if (problems.size === 0) return true;
  const heading = document.createElement('h2');
  heading.textContent = t.check;
  const list = document.createElement('ul');
  for (const [id, message] of problems) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${id}`;
    link.textContent = `${labelOf(id)}: ${message}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      focusField(id);
    });
    item.append(link);
    list.append(item);
  }
  summary.append(heading, list);
  summary.focus();
  return false;
}

function labelOf(id: string): string {
  const label = document.querySelector(`label[for="${id}"]`) ?? document.querySelector(`#${id} > legend`);
  return (label?.firstChild?.textContent ?? id).trim();
}

function focusField(id: string): void {
  const target = document.getElementById(id);
  const control = target instanceof HTMLFieldSetElement ? target.querySelector('input') : target;
  control?.focus();
  target?.scrollIntoView({ block: 'center' });
}

// ---- Saving and loading the brand file ---------------------------------------------------------------

function offer(name: string, bytes: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

element('save').addEventListener('click', () => {
  if (!checkForm(false)) return;
  offer(BRAND_FILE, brandYaml(brandOfForm()), 'application/yaml');
});

element('save-logo').addEventListener('click', () => {
  if (logo) offer(logo.name, logo.bytes.slice().buffer, 'application/octet-stream');
});

function fillForm(brand: Brand): void {
  input('organisation').value = brand.organisation;
  input('contact').value = brand.contact ?? '';
  input('logo-alt').value = brand.logoAlt ?? '';
  for (const c of COLOURS) {
    colourInput(c).value = brand.colours?.[c]?.toUpperCase() ?? '';
    updateColour(c, true);
  }
  if (brand.paper) element<HTMLSelectElement>('paper').value = brand.paper;
}

input('load').addEventListener('change', () => void load([...(input('load').files ?? [])]));

async function load(files: File[]): Promise<void> {
  const status = element('load-status');
  const say = (...nodes: Node[]) => status.replaceChildren(...nodes);
  const paragraph = (text: string, className?: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    if (className) p.className = className;
    return p;
  };
  const file = files.find((f) => /\.ya?ml$/i.test(f.name));
  if (!file) {
    // Only a logo chosen here: take it as the logo.
    const image = files.find((f) => isLogoFile(f.name, f.type));
    if (image) {
      const problem = await takeLogo(image);
      setError('logo', problem);
      showLogo();
    }
    return;
  }
  if (file.size > data.limits.brand) {
    say(
      paragraph(
        fill(t.brandFile.tooLarge, { file: file.name, max: sizeText(data.limits.brand, data.language) }),
        'error',
      ),
    );
    return;
  }
  const { brand, diagnostics } = readBrandFile(BRAND_FILE, await file.text());
  if (!brand) {
    const list = document.createElement('ul');
    for (const d of diagnostics) {
      const item = document.createElement('li');
      const where = [d.line ? fill(t.build.line, { line: String(d.line) }) : '', d.field ?? ''].filter(
        Boolean,
      );
      item.textContent = `${where.join(', ')}${where.length ? ': ' : ''}${d.message}${d.hint ? ` (${d.hint})` : ''}`;
      list.append(item);
    }
    say(paragraph(fill(t.brandFile.problems, { file: file.name }), 'error'), list);
    return;
  }
  fillForm(brand);
  logo = undefined;
  input('logo').value = '';
  setError('logo', undefined);
  const messages = [paragraph(fill(t.brandFile.loaded, { file: file.name }))];
  if (brand.logo) {
    const wanted = brand.logo.slice(brand.logo.lastIndexOf('/') + 1);
    const image = files.find((f) => f.name === wanted);
    const problem = image ? await takeLogo(image) : fill(t.brandFile.missingLogo, { file: brand.logo });
    if (problem) messages.push(paragraph(problem, 'error'));
  }
  showLogo();
  say(...messages);
}

// ---- The build -----------------------------------------------------------------------------------------

const result = element('result');
const heading = element('result-heading');
const progress = element<HTMLProgressElement>('progress');
const progressText = element('progress-text');
const buildButton = element<HTMLButtonElement>('build');

if (typeof Worker === 'undefined') {
  element('no-worker').hidden = false;
  buildButton.disabled = true;
} else builder();

function languageName(code: string): string {
  return data.languages.find((l) => l.code === code)?.name ?? code;
}

function finish(
  diagnostics: readonly MakerDiagnostic[],
  bundles: readonly { name: string; bytes: Uint8Array }[],
  ms?: number,
): void {
  buildButton.disabled = false;
  const ok = bundles.length > 0 && !diagnostics.some((d) => d.severity === 'error');
  heading.textContent = ok
    ? fill(t.build.done, {
        seconds: new Intl.NumberFormat(data.language, {
          maximumFractionDigits: 1,
          minimumFractionDigits: 1,
        }).format((ms ?? 0) / 1000),
      })
    : t.build.errors;
  progress.hidden = true;
  element('progress-label').hidden = true;
  element('messages').replaceChildren(...renderDiagnostics(diagnostics, data, ok, labelOf, focusField));
  const downloads = element('downloads');
  downloads.replaceChildren();
  if (ok) {
    const title = document.createElement('h3');
    title.textContent = t.build.downloads;
    const help = document.createElement('p');
    help.textContent = t.build.downloadsHelp;
    const list = document.createElement('ul');
    list.className = 'downloads';
    // In the page's order of the kits (the Data Team Start first), then by name.
    const rank = (name: string) => data.kits.findIndex((k) => name.includes(`${k.id}-`));
    const ordered = [...bundles].sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : 1));
    for (const bundle of ordered) {
      const url = URL.createObjectURL(new Blob([bundle.bytes.slice().buffer], { type: 'application/zip' }));
      urls.push(url);
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'button';
      link.href = url;
      link.download = bundle.name;
      // By what it holds, "Data Team Start, Nederlands", as the download page names its zips; the file's
      // name under it.
      const kit = data.kits.find((k) => bundle.name.includes(`${k.id}-`));
      const language = data.languages.find((l) => bundle.name.endsWith(`-${l.code}.zip`));
      const what = kit && language ? `${kit.title}, ${language.name}` : bundle.name;
      link.textContent = `${what} (${sizeText(bundle.bytes.length, data.language)})`;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = bundle.name;
      item.append(link, name);
      list.append(item);
    }
    downloads.append(title, help, list);
  }
  heading.focus();
}

/**
 * The worker, started with the page and kept: it loads the kit's content, fonts and images once, so a
 * second build is quicker and, once loaded, the page needs no network.
 */
let worker: Worker | undefined;

// The service worker that keeps the page and its data for use without a network, after a reload too
// (src/site/maker-offline.ts). Browsers allow it on https and on localhost; elsewhere the page still works
// online, and offline for as long as it stays open.
if ('serviceWorker' in navigator) void navigator.serviceWorker.register(data.offline).catch(() => undefined);

function builder(): Worker | undefined {
  try {
    if (!worker) {
      const started = new Worker(data.worker);
      // Until a build listens: a worker that fails to start is started anew by the next build.
      started.onerror = (event) => {
        event.preventDefault();
        worker = undefined;
      };
      worker = started;
    }
    return worker;
  } catch (error) {
    failed((error as Error).message);
    return undefined;
  }
}

function failed(message: string): void {
  finish([{ severity: 'error', code: 'worker', message: fill(t.build.failed, { message }) }], []);
}

function build(): void {
  for (const url of urls) URL.revokeObjectURL(url);
  urls = [];
  const brand = brandOfForm();
  const request: MakerBuildRequest = {
    type: 'build',
    pageLanguage: data.language,
    brandYaml: brandYaml(brand),
    files: logo ? { [logo.name]: logo.bytes } : {},
    kits: checked('kits'),
    languages: checked('languages'),
    ...(brand.paper ? { paper: brand.paper } : {}),
    orientation: chosen('orientation') as 'portrait' | 'landscape',
    layout: chosen('layout') as 'table' | 'upright',
  };
  result.hidden = false;
  heading.textContent = t.build.busy;
  progress.hidden = false;
  element('progress-label').hidden = false;
  progress.removeAttribute('value');
  progressText.textContent = t.build.starting;
  element('messages').replaceChildren();
  element('downloads').replaceChildren();
  buildButton.disabled = true;
  heading.focus();
  const running = builder();
  if (!running) return;
  running.onerror = (event) => {
    event.preventDefault();
    worker = undefined;
    failed(event.message || t.noWorker);
  };
  running.onmessage = (event: MessageEvent<MakerReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') {
      progress.max = reply.total;
      progress.value = reply.done;
      const kit = data.kits.find((k) => k.id === reply.kit);
      progressText.textContent = fill(t.build.step, {
        done: String(reply.done),
        total: String(reply.total),
        artefact: kit ? artefactLabel(kit.download, reply.artefact) : reply.artefact,
        language: languageName(reply.language),
      });
      return;
    }
    progressText.textContent = '';
    if (reply.type === 'done') finish(reply.diagnostics, reply.bundles, reply.elapsedMs);
    else finish(reply.diagnostics, []);
  };
  running.postMessage(request);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (buildButton.disabled) return;
  if (!checkForm(true)) return;
  build();
});

// The kit's own colours shown for the empty fields once the script runs; fields kept by the browser
// after a reload are checked too.
for (const field of COLOURS) updateColour(field, false);
