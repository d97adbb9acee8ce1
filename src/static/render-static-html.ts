import type {
  CancelMethod,
  ChecklistSection,
  EmailDetails,
  GuideData,
  GuideNote,
  GuideUiStrings,
  StepAction,
} from '../data/guide-types.js';
import { METHOD_ACTIONS } from '../data/guide-types.js';
import { fillTemplate } from '../i18n/format.js';
import { formatDate } from '../i18n/format-date.js';
import { clampHeadingLevel } from '../lib/heading-level.js';
import { isOfficial } from '../lib/official-url.js';
import { mailtoHref, safeHref } from '../lib/safe-url.js';

export interface StaticHtmlOptions {
  /** Level of the title (1–6, default 2); sections are one below, methods two below, "what to bring" three below (capped at 6). */
  headingLevel?: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and in double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Stands in for the date while the "last reviewed" template is filled and escaped (a private-use character). */
const DATE_MARK = '\uE000';

/**
 * The whole guide as static, semantic HTML: a fallback to paste inside `<az-cancel-guide>`
 * (shown until the script upgrades the element) or to serve to readers without JavaScript.
 *
 * Pure (no DOM, no Lit): the same content, heading levels, link check and date formatting
 * as the elements. Nothing is interactive (no checkboxes, buttons, scripts, event handlers
 * or style attributes); every text is escaped and links only render for the URLs
 * `safeHref` allows.
 */
export function renderStaticHtml(content: GuideData, options: StaticHtmlOptions = {}): string {
  const level = clampHeadingLevel(options.headingLevel ?? 2);
  const h = (offset: number, text: string): string => {
    const n = clampHeadingLevel(level + offset);
    return `<h${n}>${escapeHtml(text)}</h${n}>`;
  };
  const paragraphs = (texts: readonly string[]): string[] => texts.map((text) => `<p>${escapeHtml(text)}</p>`);
  const dir = content.dir === 'rtl' ? 'rtl' : 'ltr';

  const { answer, ui } = content;
  const reviewed = reviewedLine(content);
  const links = (items: readonly { label: string; href: string }[]): string[] => [
    `<ul>`,
    ...items.map((item) => `<li>${link(item.label, item.href)}</li>`),
    `</ul>`,
  ];
  // The part that retells the article sits one level down when it has a heading of its own.
  const inner = content.articleHeading ? 1 : 0;
  const lines = [
    `<article class="az-cancel-guide-static" lang="${escapeHtml(content.locale)}" dir="${dir}">`,
    h(0, content.title),
    // The answer first, with its source and date; then the one warning; then what to do, and the official facts.
    ...(answer
      ? [
          `<div class="az-answer">`,
          `<p><strong>${escapeHtml(answer.text)}</strong></p>`,
          `<p class="az-source">${link(answer.source.label, answer.source.href)} · <span class="az-reviewed">${reviewed}</span></p>`,
          `</div>`,
        ]
      : []),
    ...(content.warning
      ? [`<p class="az-warning"><strong>${escapeHtml(ui.warning)}: ${escapeHtml(content.warning)}</strong></p>`]
      : []),
    ...(content.cases
      ? [
          `<section class="az-cases">`,
          h(1, content.cases.heading),
          `<ul>`,
          ...content.cases.items.map(
            (item) =>
              `<li><strong>${escapeHtml(item.title)}</strong><p>${escapeHtml(item.text)}${item.link ? ` ${link(item.link.label, item.link.href)}` : ''}</p></li>`,
          ),
          `</ul>`,
          `</section>`,
        ]
      : []),
    renderNotice(content, answer ? undefined : reviewed),
    `<section class="az-source-article">`,
    ...(content.articleHeading ? [h(1, content.articleHeading)] : []),
    `<p>${escapeHtml(content.glance)}</p>`,
    ...paragraphs(content.intro),
    // Open: a snippet has no script, and its readers (and crawlers) get the whole text.
    `<details class="az-about" open>`,
    `<summary>${escapeHtml(ui.aboutToggle)}</summary>`,
    ...paragraphs(content.about),
    `</details>`,
    `<section class="az-methods">`,
    h(1 + inner, content.methods.heading),
    `<p>${escapeHtml(content.methods.intro)}</p>`,
    ...content.methods.items.map((method) => renderMethod(method, content, h, inner)),
    `</section>`,
    renderChecklist(content.before, 'before', h, ui, inner),
    renderChecklist(content.after, 'after', h, ui, inner),
    `</section>`,
    `<section class="az-summary">`,
    h(1, content.summary.heading),
    ...(answer ? [`<p><strong>${escapeHtml(answer.text)}</strong></p>`, ...links(content.notice.links)] : []),
    ...paragraphs(content.summary.paragraphs),
    ...paragraphs(content.closing),
    renderNote(content.summary.note, ui),
    `</section>`,
    `</article>`,
  ];
  return lines.join('\n') + '\n';
}

type Heading = (offset: number, text: string) => string;

/** A link when `safeHref` allows the URL, else the label as plain text, isolated as the elements' (`dir="auto"`). Same tab: a snippet needs no "opens in a new tab" hint. */
function link(label: string, url: unknown): string {
  const href = safeHref(url);
  return href ? `<a href="${escapeHtml(href)}" dir="auto">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** A note as a callout with its label, as the elements show it (`role="note"`). */
function renderNote(note: GuideNote | undefined, ui: GuideUiStrings): string {
  if (!note) return '';
  const noteLink = note.link ? ` ${link(note.link.label, note.link.href)}` : '';
  return `<div class="az-note" role="note"><strong>${escapeHtml(ui.note)}</strong> ${escapeHtml(note.text)}${noteLink}</div>`;
}

/** "Official facts checked on <date>", the date in a <time> element. */
function reviewedLine(content: GuideData): string {
  const date = formatDate(content.lastReviewed, content.dateLocale ?? content.locale);
  // Fill the template with a marker, escape, then put the date in a <time> element.
  return escapeHtml(fillTemplate(content.ui.lastReviewed, { date: DATE_MARK })).replace(
    DATE_MARK,
    `<time datetime="${escapeHtml(content.lastReviewed)}">${escapeHtml(date)}</time>`,
  );
}

/** What official sources say; the review date here only when there is no answer to carry it. */
function renderNotice(content: GuideData, reviewed?: string): string {
  const { notice, ui } = content;
  return [
    `<aside class="az-notice" aria-label="${escapeHtml(ui.noticeLabel)}">`,
    `<p>${escapeHtml(notice.text)}</p>`,
    `<ul>`,
    ...notice.points.map((point) => `<li>${escapeHtml(point)}</li>`),
    `</ul>`,
    `<ul>`,
    ...notice.links.map((item) => `<li>${link(item.label, item.href)}</li>`),
    `</ul>`,
    ...(reviewed ? [`<p class="az-reviewed">${reviewed}</p>`] : []),
    `</aside>`,
  ].join('\n');
}

/** A checklist as a plain list: label and description, nothing to tick. */
function renderChecklist(section: ChecklistSection, id: string, h: Heading, ui: GuideUiStrings, inner: number): string {
  return [
    `<section class="az-checklist" data-list="${escapeHtml(id)}">`,
    h(1 + inner, section.heading),
    `<p>${escapeHtml(section.intro)}</p>`,
    `<ul>`,
    ...section.items.map(
      (item) =>
        `<li><strong>${escapeHtml(item.label)}</strong><p>${escapeHtml(item.description)}</p>${renderNote(item.note, ui)}</li>`,
    ),
    `</ul>`,
    `</section>`,
  ].join('\n');
}

/** One method as a section: heading, steps in order with their actions (site, email subject and template, what to bring). */
function renderMethod(method: CancelMethod, content: GuideData, h: Heading, inner: number): string {
  const { ui } = content;
  const actions = METHOD_ACTIONS[method.kind];
  const action = (name: StepAction | undefined): string => {
    if (!name || !actions.includes(name)) return '';
    switch (method.kind) {
      case 'online': {
        // "Official site:" only for a government site marked official, as in the elements.
        const official = isOfficial(method.link);
        return `<p>${official ? `${escapeHtml(ui.officialSite)} ` : ''}${link(method.link.label, method.link.href)}</p>`;
      }
      case 'email':
        return name === 'subject'
          ? `<p><strong>${escapeHtml(method.email.subject)}</strong></p>`
          : renderEmail(method.email, content);
      case 'in-person':
        return [
          h(3 + inner, ui.bring),
          `<ul>`,
          ...method.bring.map((item) => `<li>${escapeHtml(item.label)}</li>`),
          `</ul>`,
        ].join('');
    }
  };
  return [
    `<section class="az-method" data-method="${escapeHtml(method.id)}">`,
    h(2 + inner, method.heading + statusText(method, ui)),
    `<p>${escapeHtml(method.intro)}</p>`,
    ...(method.note ? [renderNote(method.note, ui)] : []),
    `<ol>`,
    ...method.steps.map(
      (step) => `<li>${escapeHtml(step.text)}${renderNote(step.note, ui)}${action(step.action)}</li>`,
    ),
    `</ol>`,
    ...actions.filter((name) => !method.steps.some((step) => step.action === name)).map(action),
    `</section>`,
  ].join('\n');
}

/** A method's status in text, after its heading: " (Unconfirmed)". */
function statusText(method: CancelMethod, ui: GuideUiStrings): string {
  if (!method.status) return '';
  return ` (${method.status === 'official' ? ui.official : ui.unconfirmed})`;
}

/** The template itself (which the element copies with a button), and the mail link when there is an address. */
function renderEmail(email: EmailDetails, content: GuideData): string {
  const { ui } = content;
  // Blank lines separate paragraphs; single line breaks stay line breaks.
  const template = email.template
    .split(/\r?\n\s*\r?\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => `<p>${block.split(/\r?\n/).map(escapeHtml).join('<br>')}</p>`);
  const mailto = email.address ? mailtoHref(email.address, email.subject, email.template) : undefined;
  return [
    `<figure class="az-email-template">`,
    `<figcaption>${escapeHtml(ui.emailTemplate)}</figcaption>`,
    `<blockquote>`,
    ...template,
    `</blockquote>`,
    `</figure>`,
    ...(mailto ? [`<p><a href="${escapeHtml(mailto)}">${escapeHtml(ui.openMailApp)}</a></p>`] : []),
  ].join('\n');
}
