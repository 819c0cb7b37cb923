// The localised kit: one language, every text resolved, ids joined to their texts. Renderers take this.
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { ChecklistTexts } from './schema/checklist.js';
import type { DtsTexts, ExampleEntry, WritingArea } from './schema/data-team-start.js';

export interface KitIdentity {
  readonly id: string;
  readonly version: string;
  /** Release date, YYYY-MM-DD. */
  readonly released: string;
  readonly language: string;
  readonly sourceLanguage: string;
  /** Where each text came from, by dotted field path (e.g. `assignments.problem-tree.title`). */
  readonly origins: Readonly<Record<string, SourcePosition>>;
}

export interface LocalisedCompetency {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly indicators: readonly string[];
}

export type MatrixLevel = 'everyone' | 'someone' | 'none';

/** The structure pre-drawn in an assignment's zone, with its labels in this language. */
export type LocalisedCanvas =
  | { readonly kind: 'table'; readonly columns: readonly { readonly id: string; readonly label: string }[] }
  | { readonly kind: 'matrix' }
  | { readonly kind: 'tree'; readonly core: string; readonly roots: string; readonly branches: string }
  | {
      readonly kind: 'quadrant';
      readonly horizontal: string;
      readonly vertical: string;
      readonly low: string;
      readonly high: string;
    }
  | { readonly kind: 'newspaper'; readonly masthead: string; readonly date: string; readonly headline: string };

export interface LocalisedAssignment {
  readonly id: string;
  /** 1-based, in poster order. */
  readonly number: number;
  readonly minutes: number;
  readonly writingArea: WritingArea;
  readonly competencies: readonly LocalisedCompetency[];
  readonly title: string;
  readonly summary: string;
  readonly goal: string;
  readonly materials: readonly string[];
  readonly steps: readonly string[];
  readonly poster: string;
  readonly canvas: LocalisedCanvas;
  /** The worked example's entries for this assignment (texts `exampleCase.assignments.<id>`). */
  readonly example: ExampleEntry;
  readonly facilitator: DtsTexts['assignments'][string]['facilitator'];
}

export interface ScheduleSlot {
  readonly id: string;
  readonly kind: 'assignment' | 'opening' | 'break' | 'closing';
  readonly title: string;
  /** The activity's description, or the assignment's one-line summary. */
  readonly description: string;
  readonly minutes: number;
  /** Minutes from the start of the session. */
  readonly startMinute: number;
  readonly assignmentNumber?: number;
}

export interface LocalisedDataTeamStart extends KitIdentity {
  readonly kind: 'data-team-start';
  readonly sessionMinutes: number;
  readonly meta: DtsTexts['kit'];
  readonly introduction: DtsTexts['introduction'];
  readonly competencies: readonly LocalisedCompetency[];
  readonly stages: readonly { readonly id: string; readonly name: string; readonly description: string }[];
  readonly matrix: DtsTexts['matrix'] & {
    /** One row per competency, one level per stage in stage order. */
    readonly rows: readonly { readonly competency: LocalisedCompetency; readonly levels: readonly MatrixLevel[] }[];
  };
  readonly assignments: readonly LocalisedAssignment[];
  readonly schedule: readonly ScheduleSlot[];
  readonly preparation: DtsTexts['preparation'];
  readonly afterSession: DtsTexts['afterSession'];
  readonly checklistLink: string;
  /** The case that runs through the session; each assignment has its own entries as `example`. */
  readonly exampleCase: Omit<DtsTexts['exampleCase'], 'assignments'>;
  readonly labels: DtsTexts['labels'];
  readonly download: DtsTexts['download'];
}

export interface LocalisedQuestion {
  readonly id: string;
  /** As the checklist numbers it: area number, dot, place in the area (`2.3`). */
  readonly number: string;
  readonly text: string;
  readonly help: string;
  /** The tip cards that help with this question, in card order. */
  readonly tips: readonly { readonly id: string; readonly code: string }[];
}

export interface LocalisedTip {
  readonly id: string;
  /** Printed on the card and said aloud: the area's number and the card's letter in it (`2B`). */
  readonly code: string;
  readonly title: string;
  readonly text: string;
  /** The questions of its area the card helps with, in checklist order. */
  readonly questions: readonly { readonly id: string; readonly number: string }[];
}

export interface LocalisedArea {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly LocalisedQuestion[];
  readonly tips: readonly LocalisedTip[];
}

export interface LocalisedWorkshopStep {
  readonly id: string;
  readonly minutes: number;
  readonly startMinute: number;
  readonly title: string;
  readonly description: string;
  readonly facilitation: string;
  /** The question areas this step goes through (a round), by id, in checklist order; empty otherwise. */
  readonly areas: readonly string[];
}

export interface LocalisedChecklist extends KitIdentity {
  readonly kind: 'checklist';
  readonly workshopMinutes: number;
  readonly meta: ChecklistTexts['kit'];
  readonly introduction: ChecklistTexts['introduction'];
  readonly areas: readonly LocalisedArea[];
  readonly workshop: Omit<ChecklistTexts['workshop'], 'steps'> & {
    readonly steps: readonly LocalisedWorkshopStep[];
  };
  readonly plan: Omit<ChecklistTexts['plan'], 'sections'> & {
    readonly sections: readonly { readonly id: string; readonly title: string; readonly description: string; readonly areas: readonly string[] }[];
  };
  readonly labels: ChecklistTexts['labels'];
  readonly download: ChecklistTexts['download'];
}

export type LocalisedKit = LocalisedDataTeamStart | LocalisedChecklist;
