/**
 * The texts of a guide a reader sees, in the order the elements show them, and a check that a
 * rendering carries them in that order: what the element tests expect, written from the content
 * (the drift tests compare the element with the static snippet directly, test/content/reading-lines.ts).
 *
 * Pure (no DOM): usable in the browser tests and, through esbuild, in the node tests.
 */
import type { CancelMethod, ChecklistSection, GuideData, GuideNote, StepAction } from '../../src/data/guide-types.js';
import { METHOD_ACTIONS } from '../../src/data/guide-types.js';

type Ui = GuideData['ui'];

/** A note: its label, its text and its link. */
const noteTexts = (note: GuideNote | undefined, ui: Ui): string[] =>
  note ? [ui.note, note.text, ...(note.link ? [note.link.label] : [])] : [];

function checklistTexts(section: ChecklistSection, ui: Ui): string[] {
  return [
    section.heading,
    section.intro,
    ...section.items.flatMap((item) => [item.label, item.description, ...noteTexts(item.note, ui)]),
  ];
}

/** The texts of a method's action, labels included. */
function actionTexts(action: StepAction, method: CancelMethod, ui: Ui): string[] {
  switch (method.kind) {
    case 'online':
      // "Official site:" precedes only government sites marked official (see the notes tests).
      return [method.link.label];
    case 'email':
      return action === 'subject' ? [method.email.subject] : [ui.emailTemplate];
    case 'in-person':
      return [ui.bring, ...method.bring.map((item) => item.label)];
  }
}

function methodTexts(method: CancelMethod, ui: Ui): string[] {
  const actions = METHOD_ACTIONS[method.kind];
  const placed = (action: StepAction | undefined): action is StepAction =>
    action !== undefined && actions.includes(action);
  return [
    method.heading,
    ...statusTexts(method, ui),
    method.intro,
    ...noteTexts(method.note, ui),
    ...method.steps.flatMap((step) => [
      step.text,
      ...noteTexts(step.note, ui),
      ...(placed(step.action) ? actionTexts(step.action, method, ui) : []),
    ]),
    ...actions
      .filter((action) => !method.steps.some((step) => step.action === action))
      .flatMap((action) => actionTexts(action, method, ui)),
  ];
}

/** A method's status tag, as the renderers show it after its name and heading. */
function statusTexts(method: CancelMethod, ui: Ui): string[] {
  if (!method.status) return [];
  return [method.status === 'official' ? ui.official : ui.unconfirmed];
}

/**
 * Every content text of `guide` in document order: the title; the answer and its source; the
 * warning; the cases; the notice (what official sources say: text, points, link labels); the part
 * that retells the source article (its heading, the opening sentence, intro, the disclosure's
 * summary and about, the methods: heading, intro, then each method's heading, status, intro, steps
 * and its kind's details; the before and after lists); the summary (the answer again and the
 * notice's links when there is an answer, the article's paragraphs, closing, the note). Notes
 * follow what they qualify. (Tabs are not part of the walk.)
 */
export function guideTexts(guide: GuideData): string[] {
  const { answer, cases, ui } = guide;
  return [
    guide.title,
    ...(answer ? [answer.text, answer.source.label] : []),
    ...(guide.warning ? [guide.warning] : []),
    ...(cases
      ? [
          cases.heading,
          ...cases.items.flatMap((item) => [item.title, item.text, ...(item.link ? [item.link.label] : [])]),
        ]
      : []),
    guide.notice.text,
    ...guide.notice.points,
    ...guide.notice.links.map((link) => link.label),
    ...(guide.articleHeading ? [guide.articleHeading] : []),
    guide.glance,
    ...guide.intro,
    ui.aboutToggle,
    ...guide.about,
    guide.methods.heading,
    guide.methods.intro,
    ...guide.methods.items.flatMap((method) => methodTexts(method, ui)),
    ...checklistTexts(guide.before, ui),
    ...checklistTexts(guide.after, ui),
    guide.summary.heading,
    ...(answer ? [answer.text, ...guide.notice.links.map((link) => link.label)] : []),
    ...guide.summary.paragraphs,
    ...guide.closing,
    ...noteTexts(guide.summary.note, ui),
  ];
}

/** The texts of `variant="compact"`: the title, the answer and its source, the warning (or, without an answer, the notice). */
export function compactTexts(guide: GuideData): string[] {
  const { answer } = guide;
  return [
    guide.title,
    ...(answer ? [answer.text, answer.source.label] : []),
    ...(guide.warning ? [guide.warning] : []),
    ...(answer ? [] : [guide.notice.text, ...guide.notice.points]),
  ];
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Checks that `rendered` (a rendering's visible text) holds every one of `texts` in order, each
 * after the end of the one before. Returns undefined when it does, else what is missing: the
 * first text not found after `after` (the last text found, or undefined at the start).
 */
export function missingInOrder(
  rendered: string,
  texts: readonly string[],
): { missing: string; after?: string } | undefined {
  const haystack = collapse(rendered);
  let position = 0;
  let after: string | undefined;
  for (const text of texts) {
    const needle = collapse(text);
    const found = haystack.indexOf(needle, position);
    if (found < 0) return after === undefined ? { missing: text } : { missing: text, after };
    position = found + needle.length;
    after = text;
  }
  return undefined;
}
