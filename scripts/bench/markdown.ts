// Markdown with the same text as the handbook and the deck of one language, for pandoc to turn into a
// DOCX + PPTX pair: the yardstick the benchmark compares a full dts build with.
import type { LocalisedDataTeamStart } from '../../src/content/model.js';

const list = (items: readonly string[]) => items.map((i) => `- ${i}`).join('\n');
const numbered = (items: readonly string[]) => items.map((i, n) => `${n + 1}. ${i}`).join('\n');

export function handbookMarkdown(kit: LocalisedDataTeamStart): string {
  const parts: string[] = [`% ${kit.meta.title}`, `% ${kit.meta.credits}`, '', kit.meta.subtitle, ''];
  parts.push(`# ${kit.meta.title}`, '', kit.introduction.team, '', kit.introduction.facilitators, '');
  parts.push(list(kit.introduction.whenToUse), '');
  parts.push('| | | |', '|---|---|---|');
  for (const slot of kit.schedule) parts.push(`| ${slot.startMinute} | ${slot.title} | ${slot.minutes} |`);
  parts.push('');
  for (const a of kit.assignments) {
    parts.push(
      `# ${a.number}. ${a.title}`,
      '',
      a.summary,
      '',
      a.goal,
      '',
      list(a.materials),
      '',
      numbered(a.steps),
      '',
    );
    parts.push(a.poster, '', a.facilitator.introduction, '', list(a.facilitator.watchFor), '');
    parts.push(list(a.facilitator.debrief), '', list(a.competencies.map((c) => c.name)), '');
  }
  parts.push(`# ${kit.matrix.title}`, '');
  for (const c of kit.competencies) parts.push(`## ${c.name}`, '', c.description, '', list(c.indicators), '');
  parts.push(
    `| | ${kit.stages.map((s) => s.name).join(' | ')} |`,
    `|---|${kit.stages.map(() => '---').join('|')}|`,
  );
  for (const row of kit.matrix.rows) parts.push(`| ${row.competency.name} | ${row.levels.join(' | ')} |`);
  parts.push('', kit.checklistLink, '', kit.meta.licence, '');
  return parts.join('\n');
}

export function deckMarkdown(kit: LocalisedDataTeamStart): string {
  const parts: string[] = [`% ${kit.meta.title}`, `% ${kit.meta.subtitle}`, ''];
  parts.push(`# ${kit.meta.title}`, '', kit.introduction.team, '');
  parts.push('## Agenda', '', list(kit.schedule.map((s) => `${s.title} (${s.minutes})`)), '');
  for (const a of kit.assignments) {
    parts.push(`# ${a.number}. ${a.title}`, '');
    parts.push(
      `## ${a.title}`,
      '',
      a.goal,
      '',
      numbered(a.steps),
      '',
      '::: notes',
      a.facilitator.introduction,
      '',
      list(a.facilitator.debrief),
      ':::',
      '',
    );
  }
  parts.push(`## ${kit.matrix.title}`, '');
  parts.push(
    `| | ${kit.stages.map((s) => s.name).join(' | ')} |`,
    `|---|${kit.stages.map(() => '---').join('|')}|`,
  );
  for (const row of kit.matrix.rows) parts.push(`| ${row.competency.name} | ${row.levels.join(' | ')} |`);
  parts.push('');
  return parts.join('\n');
}
