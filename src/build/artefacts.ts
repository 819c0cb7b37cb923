// What each kind of kit produces. Renderers plug in here as they are built; until then a build says what
// it would make.

export interface ArtefactKind {
  /** The name used with --only. */
  readonly name: string;
  readonly kitKind: 'data-team-start' | 'checklist';
  /** File name inside build-output/<kit>/<language>/. */
  readonly fileName: string;
  readonly description: string;
}

export const artefactKinds: readonly ArtefactKind[] = [
  {
    name: 'poster',
    kitKind: 'data-team-start',
    fileName: 'poster.pdf',
    description: 'A2 table poster (PDF)',
  },
  {
    name: 'deck',
    kitKind: 'data-team-start',
    fileName: 'deck.pptx',
    description: 'session deck with speaker notes (PPTX)',
  },
  {
    name: 'handbook',
    kitKind: 'data-team-start',
    fileName: 'handbook.docx',
    description: 'facilitator handbook (DOCX)',
  },
  {
    name: 'checklist',
    kitKind: 'checklist',
    fileName: 'checklist.pdf',
    description: 'fillable checklist (PDF, A4)',
  },
  { name: 'cards', kitKind: 'checklist', fileName: 'tip-cards.pdf', description: 'tip cards, duplex (PDF)' },
  {
    name: 'workshop',
    kitKind: 'checklist',
    fileName: 'workshop-guide.docx',
    description: 'workshop guide (DOCX) and deck (PPTX)',
  },
];

export const artefactNames = artefactKinds.map((a) => a.name);
