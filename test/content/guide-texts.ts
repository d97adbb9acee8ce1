/**
 * The texts of a guide a reader sees, in the order both renderers (the elements and the static
 * snippet) show them, and a check that a rendering carries them in that order. One walk serves
 * every rendering, so a renderer that drops or reorders a text fails the same test.
 *
 * Pure (no DOM): usable in the browser tests and, through esbuild, in the node tests.
 */
import type { CancelMethod, ChecklistSection, GuideData, GuideNote, StepAction } from '../../src/data/guide-types.js';
import { METHOD_ACTIONS } from '../../src/data/guide-types.js';

type Ui = GuideData['ui'];

/** A note: its label, its text and its link. */
const noteTexts = (note: GuideNote | undefined, ui: Ui): string[] => (note ? [ui.note, note.text, ...(note.link ? [note.link.label] : [])] : []);

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
  const placed = (action: StepAction | undefined): action is StepAction => action !== undefined && actions.includes(action);
  return [
    method.heading,
    method.intro,
    ...noteTexts(method.note, ui),
    ...method.steps.flatMap((step) => [step.text, ...noteTexts(step.note, ui), ...(placed(step.action) ? actionTexts(step.action, method, ui) : [])]),
    ...actions.filter((action) => !method.steps.some((step) => step.action === action)).flatMap((action) => actionTexts(action, method, ui)),
  ];
}

/**
 * Every content text of `guide` in document order: title, the at-a-glance sentence and a card per
 * method (name, what it needs), the notice (what official sources say: text, points, link labels),
 * the disclosure's summary, intro, about, the before list, the methods (heading, intro, then each method's heading, intro,
 * steps and its kind's details), the after list, summary and closing. Notes follow what they
 * qualify. (Method names appear on the cards; their tabs are not part of the walk.)
 */
export function guideTexts(guide: GuideData): string[] {
  return [
    guide.title,
    guide.glance,
    ...guide.methods.items.flatMap((method) => [method.name, method.needs]),
    guide.notice.text,
    ...guide.notice.points,
    ...guide.notice.links.map((link) => link.label),
    guide.ui.aboutToggle,
    ...guide.intro,
    ...guide.about,
    ...checklistTexts(guide.before, guide.ui),
    guide.methods.heading,
    guide.methods.intro,
    ...guide.methods.items.flatMap((method) => methodTexts(method, guide.ui)),
    ...checklistTexts(guide.after, guide.ui),
    guide.summary.heading,
    ...guide.summary.paragraphs,
    ...guide.closing,
  ];
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Checks that `rendered` (a rendering's visible text) holds every one of `texts` in order, each
 * after the end of the one before. Returns undefined when it does, else what is missing: the
 * first text not found after `after` (the last text found, or undefined at the start).
 */
export function missingInOrder(rendered: string, texts: readonly string[]): { missing: string; after?: string } | undefined {
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
