/**
 * What the guide shows, in what order, with which texts and at which heading levels: the one outline
 * both renderers follow, the elements' Lit templates and the static snippet (`renderStaticHtml`).
 *
 * The outline is typed blocks in reading order. A renderer is one mapping per kind of block (the
 * interfaces below); `guideOutline` and `methodOutline` call them in order and return what they made.
 * So every decision (what is shown when, where the review date goes, which heading level, which
 * action sits in which step, which site may be called official) is taken here once, and a renderer
 * only turns each block into its markup: the two cannot drift, and TypeScript makes both map a new
 * kind of block. (Calls rather than an array of block objects: the elements' bundle stays smaller.)
 *
 * Pure (no DOM, no Lit): the static snippet is made in Node and in the browser. Heading levels are
 * offsets from the level of the guide's title (0) or of a method's heading (0); renderers clamp them to 1–6.
 */
import type {
  CancelMethod,
  ChecklistId,
  EmailDetails,
  GuideData,
  GuideLink,
  GuideNote,
  GuideUiStrings,
  MethodStep,
} from '../data/guide-types.js';
import { METHOD_ACTIONS } from '../data/guide-types.js';
import { isOfficial } from './official-url.js';
import { mailtoHref } from './safe-url.js';

/** Blocks any part of the guide may hold: text, lists and notes. */
export interface TextBlocks<T> {
  paragraphs(texts: readonly string[]): T;
  /** A sentence in bold: the answer, repeated in the summary. */
  strong(text: string): T;
  points(texts: readonly string[]): T;
  links(links: readonly GuideLink[]): T;
  /** A note as a callout with its label ("Note"), next to what it qualifies. */
  note(note: GuideNote): T;
  /** "Official facts checked on <date>": each renderer formats the date its own way. */
  reviewed(): T;
}

/** The blocks of the guide (`<az-cancel-guide>`). */
export interface GuideBlocks<T> extends TextBlocks<T> {
  /** The title (offset 0) or a section's heading. */
  heading(offset: number, text: string): T;
  /** The answer first, with its source and the review date. */
  answer(text: string, source: GuideLink): T;
  /** The one warning, read out after its label ("Warning"). */
  warning(label: string, text: string): T;
  section(name: 'cases' | 'source-article' | 'summary', blocks: T[]): T;
  /** What to do in the traveller's case: each case's title, text and link. */
  cases(items: NonNullable<GuideData['cases']>['items']): T;
  /** What official sources say, labelled for screen readers. */
  notice(label: string, blocks: T[]): T;
  /** The sentence that opens the part that retells the source article. */
  glance(text: string): T;
  /** A disclosure: its summary, then its paragraphs. */
  about(summary: string, texts: readonly string[]): T;
  /** The methods' heading (at `offset`) and intro, then every method (`methodOutline`, at `offset + 1`). */
  methods(heading: string, intro: string, offset: number): T;
  /** A checklist (`checklistSection(content, id)`), its heading at `offset`. */
  list(id: ChecklistId, offset: number): T;
}

/** A method's status, and its tag in text ("Unconfirmed"), not only in colour. */
export interface MethodStatus {
  value: NonNullable<CancelMethod['status']>;
  label: string;
}

/** The blocks of one method (a panel of `<az-cancel-methods>`). */
export interface MethodBlocks<T> extends Pick<TextBlocks<T>, 'paragraphs' | 'note'> {
  /** The method's heading (offset 0), its status after it. */
  methodHeading(text: string, status: MethodStatus | undefined): T;
  steps(steps: T[]): T;
  /** One step: its text, its note, and the action it names (rendered), if any. */
  step(text: string, note: GuideNote | undefined, action: T | undefined): T;
  /** The site's link; "Official site:" before it only when `official`. */
  site(link: GuideLink, official: boolean): T;
  /** The email's subject. */
  subject(text: string): T;
  /** The email template, and a mail link when there is an address. */
  template(email: EmailDetails, mailto: string | undefined): T;
  /** What to bring: the list `bring` (`checklistSection`), its heading at offset 1. */
  bring(): T;
}

/**
 * The guide in reading order: the answer, in plain words, with its source and date; the one warning; what
 * to do in the traveller's case; what official sources say; then what the source article says (its ways and
 * checklists); the summary. `compact` (`variant="compact"`): the title, the answer and the warning, and
 * what official sources say only when there is no answer.
 */
export function guideOutline<T>(content: GuideData, blocks: GuideBlocks<T>, compact?: boolean): T[] {
  const { answer, cases, notice, ui } = content;
  const outline = [blocks.heading(0, content.title)];
  if (answer) outline.push(blocks.answer(answer.text, answer.source));
  if (content.warning) outline.push(blocks.warning(ui.warning, content.warning));
  if (compact && answer) return outline;
  if (cases && !compact)
    outline.push(blocks.section('cases', [blocks.heading(1, cases.heading), blocks.cases(cases.items)]));
  const official = [blocks.paragraphs([notice.text]), blocks.points(notice.points), blocks.links(notice.links)];
  // The review date goes with the answer; without one, with the official facts.
  if (!answer) official.push(blocks.reviewed());
  outline.push(blocks.notice(ui.noticeLabel, official));
  if (compact) return outline;

  // The part that retells the article sits one level down when it has a heading of its own.
  const offset = content.articleHeading ? 2 : 1;
  const article = content.articleHeading ? [blocks.heading(1, content.articleHeading)] : [];
  article.push(
    blocks.glance(content.glance),
    blocks.paragraphs(content.intro),
    blocks.about(ui.aboutToggle, content.about),
    blocks.methods(content.methods.heading, content.methods.intro, offset),
    blocks.list('before', offset),
    blocks.list('after', offset),
  );
  const summary = [blocks.heading(1, content.summary.heading)];
  // The answer again, with the official links, for readers who skip to the end.
  if (answer) summary.push(blocks.strong(answer.text), blocks.links(notice.links));
  summary.push(blocks.paragraphs([...content.summary.paragraphs, ...content.closing]));
  if (content.summary.note) summary.push(blocks.note(content.summary.note));
  outline.push(blocks.section('source-article', article), blocks.section('summary', summary));
  return outline;
}

/** A method's status as its tab and its heading show it; undefined when the content gives none. */
export const methodStatus = ({ status }: CancelMethod, ui: GuideUiStrings): MethodStatus | undefined =>
  status && { value: status, label: status === 'official' ? ui.official : ui.unconfirmed };

/**
 * One method in reading order: heading and status, intro, note, the steps, each with its note and the action
 * it names (only an action of the method's kind), then the kind's actions no step placed.
 */
export function methodOutline<T>(method: CancelMethod, ui: GuideUiStrings, blocks: MethodBlocks<T>): T[] {
  const actions = METHOD_ACTIONS[method.kind];
  const action = (name: MethodStep['action']): T | undefined =>
    !name || !actions.includes(name)
      ? undefined
      : method.kind === 'online'
        ? blocks.site(method.link, isOfficial(method.link))
        : method.kind === 'in-person'
          ? blocks.bring()
          : name === 'subject'
            ? blocks.subject(method.email.subject)
            : blocks.template(
                method.email,
                method.email.address && mailtoHref(method.email.address, method.email.subject, method.email.template),
              );
  const outline = [blocks.methodHeading(method.heading, methodStatus(method, ui)), blocks.paragraphs([method.intro])];
  if (method.note) outline.push(blocks.note(method.note));
  outline.push(blocks.steps(method.steps.map((step) => blocks.step(step.text, step.note, action(step.action)))));
  for (const name of actions) if (!method.steps.some((step) => step.action === name)) outline.push(action(name)!);
  return outline;
}

/** The email template's paragraphs (blank lines separate them), each as its lines: for a rendering without `<pre>`. */
export function templateParagraphs(template: string): string[][] {
  return template
    .split(/\r?\n\s*\r?\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => block.split(/\r?\n/));
}
