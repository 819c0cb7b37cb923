// Messages are made from the catalogue and keep their parameters, so the kit maker's page can show them in
// Dutch; the CLI keeps printing English, word for word as before.
import { describe, expect, it } from 'vitest';
import { diagnostic, hintText, messageText } from '../../src/diagnostics/messages.js';
import { onceEach } from '../../src/cli/build-command.js';
import { logoResolution } from '../../src/media/logo.js';
import { planPoster } from '../../src/render/poster/plan.js';
import { brandColours, loadBrand } from '../../src/theme/brand.js';
import { memoryWorkspace } from '../../src/workspace/workspace.js';
import { fixtureDts } from '../helpers/kits.js';
import { tablePoster } from '../theme/shared.js';

/** Words that give away an English sentence left in a Dutch message. */
const ENGLISH = /\b(the|is set|prints|does not|expected|which|use a)\b/;

/** A content text that does not fit on the poster: the catalogue has no Dutch for content labels. */
const box = {
  label: 'assignment 3 (Probleemboom), title',
  artefact: 'A2 portrait poster',
  language: 'nl',
  over: 4,
  size: 13,
  advice: 'larger-paper',
} as const;

describe('a diagnostic made from the catalogue', () => {
  it('takes code, severity, message and hint from its template, and keeps id and parameters', () => {
    const d = diagnostic(
      'schedule-total/session',
      { total: 240, sum: 235 },
      { file: 'kit.yaml', line: 8, column: 17 },
    );
    expect(d).toEqual({
      severity: 'error',
      code: 'schedule-total',
      file: 'kit.yaml',
      line: 8,
      column: 17,
      message: 'is 240, but the schedule adds up to 235 minutes (expected them to be equal)',
      hint: 'change the minutes of the schedule or the assignments by 5, or set sessionMinutes to 235',
      messageId: 'schedule-total/session',
      params: { total: 240, sum: 235 },
    });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('gives a message its own severity where the code can be either, and the call site its say', () => {
    expect(diagnostic('schema/no-break', {}).severity).toBe('warning');
    expect(diagnostic('text-overflow/box', box).severity).toBe('error');
    expect(diagnostic('text-overflow/box', box, { severity: 'warning' }).severity).toBe('warning');
  });

  it('does not compile with a code the catalogue lacks or the wrong parameters', () => {
    // @ts-expect-error -- no such message
    expect(() => diagnostic('no-such-code', {})).toThrow(/no template "no-such-code"/);
    // @ts-expect-error -- dpi is a number, and the rest are missing
    const wrong = () => diagnostic('low-resolution', { dpi: '51' });
    expect(wrong).toBeTypeOf('function');
  });
});

describe('messages in the page language', () => {
  const logo = { widthPx: 120, vector: false, origin: { file: 'brand.yaml', line: 3, column: 7 } };
  const cover = logoResolution(logo, { artefact: 'handbook cover', language: 'nl', widthPt: 170 })!;

  it('writes the low-resolution warning in Dutch, and in English as the CLI prints it', () => {
    expect(cover.message).toBe(
      'prints at 51 dpi on the handbook cover (nl): 120 pixels over 60 mm (expected at least 150 dpi)',
    );
    expect(messageText(cover, 'en')).toBe(cover.message);
    expect(messageText(cover, 'nl')).toBe(
      'Het logo wordt onscherp afgedrukt op de omslag van de handleiding voor begeleiders (nl): 120 pixels over 60 mm is 51 dpi, en voor een scherpe afdruk is minstens 150 dpi nodig.',
    );
    expect(hintText(cover, 'nl')).toBe('Gebruik een logo van minstens 355 pixels breed, of een SVG.');
    expect(messageText(cover, 'de')).toBeUndefined();
  });

  it('names every artefact a logo is placed on in Dutch', () => {
    for (const artefact of [
      'A2 portrait poster',
      'A3 landscape poster',
      'checklist',
      'deck title slide',
      'workshop deck slides',
      'workshop guide cover',
      'project plan cover',
    ]) {
      const d = logoResolution(logo, { artefact, language: 'nl', widthPt: 170 })!;
      expect(messageText(d, 'nl'), artefact).toMatch(/^Het logo wordt onscherp afgedrukt op (de|het) /);
      expect(messageText(d, 'nl'), artefact).not.toMatch(ENGLISH);
    }
    const poster = logoResolution(logo, { artefact: 'A2 portrait poster', language: 'nl', widthPt: 170 })!;
    expect(messageText(poster, 'nl')).toContain('op de A2-poster (staand) (nl)');
  });

  it('folds languages into one line by the parameters, in English and in Dutch', () => {
    const en = logoResolution(logo, { artefact: 'handbook cover', language: 'en', widthPt: 170 })!;
    const [folded, ...rest] = onceEach([cover, en]);
    expect(rest).toEqual([]);
    expect(folded?.message).toBe(
      'prints at 51 dpi on the handbook cover (nl, en): 120 pixels over 60 mm (expected at least 150 dpi)',
    );
    expect(messageText(folded!, 'nl')).toContain('begeleiders (nl, en):');
  });

  it('writes the contrast check and its suggested colour in Dutch, with a decimal comma', () => {
    const { problems } = brandColours({ ink: '#AAAAAA', primary: '#FFD200' });
    const [paper, tint] = problems
      .filter((p) => p.diagnostic.code === 'low-contrast')
      .map((p) => p.diagnostic);
    expect(paper!.message).toMatch(
      /^#AAAAAA gives body text on white paper a contrast of 2\.32:1 \(expected at least 4\.5:1\)$/,
    );
    expect(messageText(paper!, 'nl')).toBe(
      'De tekstkleur #AAAAAA geeft lopende tekst op wit papier een contrast van 2,32:1. Voor goed leesbare tekst is minstens 4,5:1 nodig.',
    );
    expect(hintText(paper!, 'nl')).toMatch(
      /^Probeer #[0-9A-F]{6}: de dichtstbijzijnde tint van dezelfde kleur die wel voldoet \(4,\d\d:1\)\.$/,
    );
    expect(messageText(tint!, 'nl')).toMatch(
      /^De tekstkleur #AAAAAA geeft tekst op de lichte tint van de hoofdkleur \(vlakken en gekleurde tabelcellen\) een contrast van 2,\d\d:1\./,
    );
  });

  it('writes what was done with a light primary colour in Dutch, with a decimal comma', () => {
    const { problems } = brandColours({ primary: '#F2C230' });
    const [dark, shade] = problems.map((p) => p.diagnostic);
    expect(dark!.messageId).toBe('adjusted-colour/dark-text');
    expect(messageText(dark!, 'nl')).toBe(
      "#F2C230 is te licht voor witte tekst (1,68:1). Tekst op deze kleur (titelbalk, titeldia's, tabelkoppen) wordt daarom donker: #1A2733 (9,07:1). De vlakken zelf blijven #F2C230.",
    );
    expect(hintText(dark!, 'nl')).toBe(
      'Bevalt donkere tekst je, dan hoef je niets te doen. Wil je witte tekst, kies dan een donkerdere hoofdkleur, bijvoorbeeld #927009 (4,62:1 met wit).',
    );
    expect(shade!.messageId).toBe('adjusted-colour/text-shade');
    expect(messageText(shade!, 'nl')).toBe(
      '#F2C230 is te licht als tekstkleur: op wit papier of op de lichte tint ervan is het contrast maar 1,59:1. Titels, koppen, nummers en vragen komen daarom in #8F6E09, een donkerdere tint van dezelfde kleur (4,53:1). De vlakken zelf blijven #F2C230.',
    );
    expect(hintText(shade!, 'nl')).toBe(
      'Bevalt die tint je, dan hoef je niets te doen. Wil je overal één kleur, kies dan #8F6E09 als hoofdkleur.',
    );
    for (const d of [dark!, shade!]) expect(messageText(d, 'nl')).not.toMatch(ENGLISH);
  });

  it('writes logo and brand file problems in Dutch', async () => {
    const files = {
      '/b/brand.yaml': 'organisation: Gemeente X\nlogo: ../logo.png\n',
      '/logo.png': Buffer.from('x'),
    };
    const outside = (await loadBrand(memoryWorkspace(files), '/b/brand.yaml')).diagnostics[0]!;
    expect(outside.message).toBe("names /logo.png, which lies outside the brand file's folder");
    expect(messageText(outside, 'nl')).toBe('Het logo /logo.png staat buiten de map van het merkbestand.');
    const gif = await loadBrand(
      memoryWorkspace({
        '/b/brand.yaml': 'organisation: Gemeente X\nlogo: logo.gif\n',
        '/b/logo.gif': Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
      }),
      '/b/brand.yaml',
    );
    const bad = gif.diagnostics[0]!;
    expect(bad.code).toBe('bad-image');
    expect(bad.message.startsWith('/b/logo.gif ')).toBe(true);
    expect(messageText(bad, 'nl')).toMatch(/^Het logo /);
    const long = await loadBrand(
      memoryWorkspace({ '/b/brand.yaml': `organisation: ${'X'.repeat(72)}\n` }),
      '/b/brand.yaml',
    );
    expect(long.diagnostics[0]?.message).toBe('is 72 characters long (expected at most 60)');
    expect(messageText(long.diagnostics[0]!, 'nl')).toBe(
      'De naam van de organisatie is 72 tekens lang; er passen er hoogstens 60.',
    );
  });

  it('writes a text that overflows because of a brand field in Dutch, and a content text not', async () => {
    const kit = await fixtureDts('nl');
    const brand = await loadBrand(
      memoryWorkspace({ '/b/brand.yaml': `organisation: Gemeente X\ncontact: ${'W'.repeat(120)}\n` }),
      '/b/brand.yaml',
    );
    const overflow = planPoster(kit, brand.theme!, tablePoster('A3')).diagnostics.find(
      (d) => d.code === 'text-overflow',
    )!;
    expect(messageText(overflow, 'nl')).toMatch(
      /^De regel met de naam en de contactgegevens van de organisatie past niet op de A3-poster \(staand\) \(nl\): ongeveer \d+ tekens te lang, ook in de kleinste letter \([\d,]+ pt\)\.$/,
    );
    expect(hintText(overflow, 'nl')).toBe('Maak de contactregel korter, of kies een groter papierformaat.');
    const content = diagnostic('text-overflow/box', box);
    expect(messageText(content, 'nl')).toBeUndefined();
  });
});
