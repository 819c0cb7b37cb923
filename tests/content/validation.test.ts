// Each broken input is the minimal fixture with one edit; each test pins the file, line, column and message.
import { describe, expect, it } from 'vitest';
import { CHECKLIST, DTS, DTS_EN, DTS_NL, lines, loadEdited } from '../helpers/fixture.js';

async function problems(edits: Parameters<typeof loadEdited>[0]) {
  const content = await loadEdited(edits);
  return { content, lines: lines(content.diagnostics) };
}

describe('YAML that does not parse', () => {
  it('reports the first syntax error with its line, and nothing built from the file', async () => {
    const { content, lines } = await problems({
      [DTS]: (t) => t.replace('  - id: a-two\n', '  - id: a-two\n   bad: [\n'),
    });
    expect(lines).toEqual([
      'content/data-team-start/kit.yaml:24:1 error yaml-syntax  is not valid YAML: Sequence item without - indicator',
    ]);
    expect(content.kits.map((k) => k.id)).toEqual(['checklist-samen-data-delen']);
  });

  it('reports a key written twice at the second one', async () => {
    const { lines } = await problems({ [DTS]: (t) => t.replace('sessionMinutes: 120\n', 'sessionMinutes: 120\nsessionMinutes: 90\n') });
    expect(lines).toEqual(['content/data-team-start/kit.yaml:7:1 error yaml-syntax  is not valid YAML: Map keys must be unique']);
  });
});

describe('schema', () => {
  it('names a mistyped key, the keys it could be, and the likely one', async () => {
    const { content } = await problems({ [DTS_NL]: (t) => t.replace('    title: Opdracht a-two', '    tilte: Opdracht a-two') });
    expect(content.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'unknown-key',
        file: DTS_NL,
        line: 73,
        column: 5,
        field: 'assignments.a-two.tilte',
        message: 'is not a known field (expected one of: title, summary, goal, materials, steps, poster, canvas, facilitator)',
        hint: 'did you mean "title"?',
        messageId: 'unknown-key',
        params: {
          known: ['title', 'summary', 'goal', 'materials', 'steps', 'poster', 'canvas', 'facilitator'],
          guess: 'title',
        },
      },
    ]);
  });

  it('rejects an empty text and a text of only spaces', async () => {
    const { lines } = await problems({ [DTS_NL]: (t) => t.replace('    title: Opdracht a-two', '    title: "  "') });
    expect(lines).toEqual([`${DTS_NL}:73:12 error empty-text assignments.a-two.title is empty (expected a text)`]);
  });

  it('reads a value after # as a comment and says so', async () => {
    const { content } = await problems({ [DTS_NL]: (t) => t.replace('  title: Titel', '  title: #Titel') });
    expect(content.diagnostics).toMatchObject([
      { file: DTS_NL, line: 4, column: 10, field: 'kit.title', message: 'is empty (expected a text)', hint: expect.stringContaining('put it in quotes') },
    ]);
  });

  it('accepts a text of any length: whether it fits is measured in its boxes, not counted', async () => {
    const { lines } = await problems({ [DTS_NL]: (t) => t.replace('    title: Opdracht a-two', `    title: ${'Lang'.repeat(12)}`) });
    expect(lines).toEqual([]);
  });

  it('rejects a value of the wrong type', async () => {
    const { lines } = await problems({
      [DTS]: (t) => t.replace('    minutes: 10\n    competencies: [collaboration]\n    writingArea: small\n    canvas:\n      kind: table\n      columns: [source, owner]\n  - id: a-three', '    minutes: tien\n    competencies: [collaboration]\n    writingArea: small\n    canvas:\n      kind: table\n      columns: [source, owner]\n  - id: a-three'),
    });
    expect(lines).toEqual([`${DTS}:24:14 error schema assignments[1].minutes is "tien" (expected a whole number)`]);
  });

  it('rejects an unknown kind of kit and suggests the nearest', async () => {
    const { content } = await problems({ [DTS]: (t) => t.replace('kind: data-team-start', 'kind: data-team-strat') });
    expect(content.diagnostics).toMatchObject([
      { file: DTS, line: 3, column: 7, message: 'is "data-team-strat" (expected one of: data-team-start, checklist)', hint: 'did you mean "data-team-start"?' },
    ]);
  });

  it('rejects an id that is not kebab-case', async () => {
    const { lines } = await problems({ [DTS]: (t) => t.replace('  - id: a-one', '  - id: A One') });
    expect(lines[0]).toBe(`${DTS}:17:9 error schema assignments[0].id is "A One" (expected a kebab-case id such as "problem-tree")`);
  });
});

describe('cross-checks of the structure', () => {
  it('rejects an id used twice', async () => {
    const { lines } = await problems({ [DTS]: (t) => t.replace('  - id: a-two', '  - id: a-one') });
    expect(lines[0]).toBe(`${DTS}:23:9 error duplicate-id assignments[1].id assignment id "a-one" is used twice (first at item 1)`);
  });

  it('rejects a reference to a competency that does not exist, suggesting the nearest', async () => {
    const { content } = await problems({
      [DTS]: (t) => t.replace('    competencies: [collaboration]\n    writingArea: small\n    canvas:\n      kind: table\n      columns: [source, owner]\n  - id: a-three', '    competencies: [colaboration]\n    writingArea: small\n    canvas:\n      kind: table\n      columns: [source, owner]\n  - id: a-three'),
    });
    expect(content.diagnostics).toMatchObject([
      {
        file: DTS,
        line: 25,
        column: 20,
        field: 'assignments[1].competencies[0]',
        message: 'refers to competency "colaboration", which does not exist (expected one of: data-literacy, collaboration, critical-thinking)',
        hint: 'did you mean "collaboration"?',
      },
    ]);
  });

  it('rejects a schedule whose minutes do not add up to the session length', async () => {
    const { content } = await problems({ [DTS]: (t) => t.replace('sessionMinutes: 120', 'sessionMinutes: 240') });
    expect(content.diagnostics).toMatchObject([
      {
        code: 'schedule-total',
        file: DTS,
        line: 6,
        column: 17,
        message: 'is 240, but the schedule adds up to 120 minutes (expected them to be equal)',
        hint: 'change the minutes of the schedule or the assignments by 120, or set sessionMinutes to 120',
      },
    ]);
  });

  it('rejects an assignment left out of the schedule', async () => {
    const { lines } = await problems({ [DTS]: (t) => t.replace('  - assignment: a-seven\n', '  - activity: extra\n    kind: closing\n    minutes: 10\n') });
    expect(lines).toContain(`${DTS}:55:9 error unused-item assignments[6].id assignment "a-seven" is not in the schedule (expected every assignment in the schedule once)`);
  });

  it('rejects a matrix row for a stage that does not exist', async () => {
    const { lines } = await problems({ [DTS]: (t) => t.replace('  decision:\n    everyone', '  decisoin:\n    everyone') });
    expect(lines).toContain(`${DTS}:9:1 error schema matrix has no row for stage "decision" (expected one for every stage)`);
    expect(lines).toContain(`${DTS}:13:3 error unknown-reference matrix.decisoin refers to stage "decisoin", which does not exist (expected one of: data, decision)`);
  });

  it('rejects a tip card for a question area that does not exist', async () => {
    const { lines } = await problems({ [CHECKLIST]: (t) => t.replace('    area: data', '    area: dta') });
    expect(lines).toEqual([
      `${CHECKLIST}:22:11 error unknown-reference tips[2].area refers to question area "dta", which does not exist (expected one of: goal, parties, data, law)`,
      `${CHECKLIST}:12:9 error unused-item areas[2].id question area "data" has no tip card (expected at least one tip per area)`,
    ]);
  });

  it('rejects a question id used in two areas: it names a form field', async () => {
    const { lines } = await problems({ [CHECKLIST]: (t) => t.replace('[data-sources, data-quality]', '[data-sources, goal-vision]') });
    expect(lines[0]).toBe(`${CHECKLIST}:13:31 error duplicate-id areas[2].questions[1] question id "goal-vision" is used twice (also in area "goal")`);
  });

  it('rejects a question area that feeds no section of the project plan', async () => {
    const { lines } = await problems({ [CHECKLIST]: (t) => t.replace('areas: [data, law]', 'areas: [data]') });
    expect(lines).toEqual([
      `${CHECKLIST}:14:9 error unused-item areas[3].id question area "law" feeds no section of the project plan (expected it in some plan section's areas)`,
    ]);
  });

  it('rejects a tip card pointing to a question outside its area, or to no question at all', async () => {
    const { lines } = await problems({
      [CHECKLIST]: (t) =>
        t.replace('  - id: tip-goal\n    area: goal', '  - id: tip-goal\n    area: goal\n    questions: [goal-vision, data-quality, goal-vison]'),
    });
    expect(lines).toEqual([
      `${CHECKLIST}:19:30 error unknown-reference tips[0].questions[1] question "data-quality" is not in the tip's area "goal" (expected one of: goal-question, goal-vision)`,
      `${CHECKLIST}:19:44 error unknown-reference tips[0].questions[2] refers to question "goal-vison", which does not exist (expected one of: goal-question, goal-vision, parties-who, parties-roles, data-sources, data-quality, law-basis, law-dpia)`,
    ]);
  });

  it('rejects a question area in two workshop rounds, and one in none when the rounds name areas', async () => {
    const { lines } = await problems({
      [CHECKLIST]: (t) =>
        t.replace('  - id: opening\n    minutes: 20', '  - id: opening\n    minutes: 20\n    areas: [goal, parties]').replace(
          '  - id: rounds\n    minutes: 40',
          '  - id: rounds\n    minutes: 40\n    areas: [parties, data]',
        ),
    });
    expect(lines).toEqual([
      `${CHECKLIST}:31:13 error duplicate-id workshop[1].areas[0] question area "parties" is in two workshop steps ("opening" and "rounds")`,
      `${CHECKLIST}:14:9 error unused-item areas[3].id question area "law" is in no workshop step (expected it in some step's areas, as the others are)`,
    ]);
  });

  it('rejects a question id that would take the name of a cover or task field', async () => {
    const { lines } = await problems({ [CHECKLIST]: (t) => t.replace('[law-basis, law-dpia]', '[law-basis, task-1-what]') });
    expect(lines[0]).toMatch(/^.*:15:28 error duplicate-id areas\[3\]\.questions\[1\] question id "task-1-what" starts with "task-"/);
  });

  it('rejects workshop steps that do not add up to the workshop length', async () => {
    const { lines } = await problems({ [CHECKLIST]: (t) => t.replace('    minutes: 40', '    minutes: 45') });
    expect(lines).toEqual([
      `${CHECKLIST}:6:18 error schedule-total workshopMinutes is 60, but the workshop steps add up to 65 minutes (expected them to be equal)`,
    ]);
  });
});

describe('texts against structure', () => {
  it('rejects a source-language text file without an entry for an id', async () => {
    const { lines } = await problems({ [DTS_NL]: (t) => t.replace('  a-two:\n', '  a-twoo:\n') });
    expect(lines).toEqual([
      `${DTS_NL}:53:1 error missing-text assignments has no entry for assignment "a-two" (expected one text entry for every assignment in kit.yaml)`,
      `${DTS_NL}:72:3 error unknown-reference assignments.a-twoo is not in kit.yaml (expected one of the assignment ids: a-one, a-two, a-three, a-four, a-five, a-six, a-seven)`,
    ]);
  });

  it('rejects a missing source-language file', async () => {
    const { lines } = await problems({ [DTS_NL]: null });
    expect(lines).toEqual([
      `${DTS}:5:17 error content-missing sourceLanguage is "nl", but content/data-team-start/texts/nl.yaml does not exist (expected the source language's texts)`,
    ]);
  });
});

describe('translations', () => {
  it('reports a text missing in a translation as an error in that file', async () => {
    const { content, lines } = await problems({ [DTS_EN]: (t) => t.replace('    title: EN Opdracht a-two\n', '') });
    expect(lines).toEqual([`${DTS_EN}:72:3 error missing-text assignments.a-two.title is missing (the source language "nl" has it)`]);
    expect(content.diagnostics[0]?.hint).toContain('fallback: nl');
    // The broken translation is dropped; the source language still builds.
    expect([...(content.kits.find((k) => k.id === 'data-team-start')?.localised.keys() ?? [])]).toEqual(['nl']);
  });

  it('fills a missing text from the fallback language with a warning', async () => {
    const { content, lines } = await problems({
      [DTS_EN]: (t) => t.replace('language: en\n', 'language: en\nfallback: nl\n').replace('    title: EN Opdracht a-two\n', ''),
    });
    expect(lines).toEqual([`${DTS_EN}:73:3 warning fallback-used assignments.a-two.title is not translated yet: the "nl" text is used`]);
    const kit = content.kits.find((k) => k.id === 'data-team-start')?.localised.get('en');
    expect(kit?.kind === 'data-team-start' && kit.assignments[1]?.title).toBe('Opdracht a-two');
    expect(kit?.kind === 'data-team-start' && kit.assignments[1]?.summary).toBe('EN Samenvatting');
    expect(kit?.origins['assignments.a-two.title']?.file).toBe(DTS_NL);
  });

  it('treats an empty text in a translation with a fallback as untranslated', async () => {
    const { lines } = await problems({
      [DTS_EN]: (t) => t.replace('language: en\n', 'language: en\nfallback: nl\n').replace('    title: EN Opdracht a-two', '    title: ""'),
    });
    expect(lines).toEqual([`${DTS_EN}:74:12 warning fallback-used assignments.a-two.title is not translated yet: the "nl" text is used`]);
  });

  it('rejects a list with more items than the source language has', async () => {
    const { lines } = await problems({ [DTS_EN]: (t) => t.replace('      - EN Stap twee\n', '      - EN Stap twee\n      - EN Stap drie\n') });
    expect(lines).toEqual([
      `${DTS_EN}:63:9 error extra-text assignments.a-one.steps[2] is an item that the source language "nl" does not have (expected the same items as "nl", in the same order)`,
    ]);
  });

  it('rejects a language header that does not match the file name', async () => {
    const { lines } = await problems({ [DTS_EN]: (t) => t.replace('language: en', 'language: de') });
    expect(lines).toEqual([`${DTS_EN}:2:11 error language-mismatch language is "de" (expected "en", as the file name says)`]);
  });

  it('rejects a fallback to a language the kit does not have', async () => {
    const { lines } = await problems({ [DTS_EN]: (t) => t.replace('language: en\n', 'language: en\nfallback: fr\n') });
    expect(lines).toEqual([`${DTS_EN}:3:11 error unknown-reference fallback names language "fr", which has no texts in this kit (expected one of: en, nl)`]);
  });

  it('adds a language by adding one file, with no change to structure or code', async () => {
    const content = await loadEdited({
      'content/data-team-start/texts/de.yaml': '# Deutsch, noch unvollständig\nlanguage: de\nfallback: en\nkit:\n  title: Data Team Start\n',
    });
    const kit = content.kits.find((k) => k.id === 'data-team-start');
    expect(kit?.languages).toEqual(['nl', 'de', 'en']);
    expect(content.diagnostics.every((d) => d.severity === 'warning' && d.code === 'fallback-used')).toBe(true);
    const de = kit?.localised.get('de');
    expect(de?.kind === 'data-team-start' && de.meta.title).toBe('Data Team Start');
    expect(de?.kind === 'data-team-start' && de.meta.subtitle).toBe('EN Ondertitel');
  });

  it('does not echo a source-language mistake into every translation', async () => {
    const { lines } = await problems({ [DTS_NL]: (t) => t.replace('    title: Opdracht a-two', '    tilte: Opdracht a-two') });
    expect(lines.filter((l) => l.startsWith(DTS_EN))).toEqual([]);
  });
});
