import type { CancelMethod, GuideData, GuideLink, GuideNote } from '../data/guide-types.js';
import { checklistSection } from '../data/guide-types.js';
import { fillTemplate } from '../i18n/format.js';
import { formatDate } from '../i18n/format-date.js';
import {
  guideOutline,
  methodOutline,
  templateParagraphs,
  type GuideBlocks,
  type MethodBlocks,
  type TextBlocks,
} from '../lib/guide-outline.js';
import { clampHeadingLevel } from '../lib/heading-level.js';
import { safeHref } from '../lib/safe-url.js';

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
 * Made from the elements' own outline (`guide-outline.ts`): the same blocks in the same order, at
 * the same heading levels, mapped to plain HTML. Pure (no DOM, no Lit). Nothing is interactive (no
 * checkboxes, buttons, scripts, event handlers or style attributes); every text is escaped and
 * links only render for the URLs `safeHref` allows.
 */
export function renderStaticHtml(content: GuideData, options: StaticHtmlOptions = {}): string {
  const level = clampHeadingLevel(options.headingLevel ?? 2);
  const { ui } = content;
  const reviewed = reviewedLine(content);
  const lines = (...parts: string[]): string => parts.join('\n');
  const h = (offset: number, text: string): string => {
    const n = clampHeadingLevel(level + offset);
    return `<h${n}>${escapeHtml(text)}</h${n}>`;
  };
  const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`;
  /** Items already escaped, one a line. */
  const list = (items: readonly string[], tag = 'ul'): string =>
    lines(`<${tag}>`, ...items.map((item) => `<li>${item}</li>`), `</${tag}>`);
  const note = (value: GuideNote | undefined): string =>
    value
      ? `<div class="az-note" role="note"><strong>${escapeHtml(ui.note)}</strong> ${escapeHtml(value.text)}${value.link ? ` ${link(value.link)}` : ''}</div>`
      : '';
  const text: TextBlocks<string> = {
    paragraphs: (texts) => lines(...texts.map(paragraph)),
    strong: (value) => `<p><strong>${escapeHtml(value)}</strong></p>`,
    points: (texts) => list(texts.map(escapeHtml)),
    links: (links) => list(links.map(link)),
    note,
    reviewed: () => `<p class="az-reviewed">${reviewed}</p>`,
  };

  /** One method as a section, its heading at `offset`. */
  const method = (item: CancelMethod, offset: number): string => {
    const blocks: MethodBlocks<string> = {
      ...text,
      // The status in text after the heading: " (Unconfirmed)".
      methodHeading: (value, status) => h(offset, value + (status ? ` (${status.label})` : '')),
      steps: (steps) => list(steps, 'ol'),
      step: (value, stepNote, action) => `${escapeHtml(value)}${note(stepNote)}${action ?? ''}`,
      // "Official site:" only for a government site marked official, as in the elements.
      site: (site, official) => `<p>${official ? `${escapeHtml(ui.officialSite)} ` : ''}${link(site)}</p>`,
      subject: (subject) => `<p><strong>${escapeHtml(subject)}</strong></p>`,
      // The template itself (which the element copies with a button), its blank lines as paragraph breaks.
      template: (email, mailto) =>
        lines(
          `<figure class="az-email-template">`,
          `<figcaption>${escapeHtml(ui.emailTemplate)}</figcaption>`,
          `<blockquote>`,
          ...templateParagraphs(email.template).map((block) => `<p>${block.map(escapeHtml).join('<br>')}</p>`),
          `</blockquote>`,
          `</figure>`,
          ...(mailto ? [`<p><a href="${escapeHtml(mailto)}">${escapeHtml(ui.openMailApp)}</a></p>`] : []),
        ),
      // On the step's line: a plain list, nothing to tick.
      bring: () => {
        const section = checklistSection(content, 'bring');
        return `${h(offset + 1, section.heading)}<ul>${section.items.map((entry) => `<li>${escapeHtml(entry.label)}</li>`).join('')}</ul>`;
      },
    };
    return lines(
      `<section class="az-method" data-method="${escapeHtml(item.id)}">`,
      ...methodOutline(item, ui, blocks),
      `</section>`,
    );
  };

  const blocks: GuideBlocks<string> = {
    ...text,
    heading: h,
    answer: (value, source) =>
      lines(
        `<div class="az-answer">`,
        `<p><strong>${escapeHtml(value)}</strong></p>`,
        `<p class="az-source">${link(source)} · <span class="az-reviewed">${reviewed}</span></p>`,
        `</div>`,
      ),
    warning: (label, value) => `<p class="az-warning"><strong>${escapeHtml(label)}: ${escapeHtml(value)}</strong></p>`,
    section: (name, parts) => lines(`<section class="az-${name}">`, ...parts, `</section>`),
    cases: (items) =>
      list(
        items.map(
          (item) =>
            `<strong>${escapeHtml(item.title)}</strong><p>${escapeHtml(item.text)}${item.link ? ` ${link(item.link)}` : ''}</p>`,
        ),
      ),
    notice: (label, parts) =>
      lines(`<aside class="az-notice" aria-label="${escapeHtml(label)}">`, ...parts, `</aside>`),
    glance: paragraph,
    // Open: a snippet has no script, and its readers (and crawlers) get the whole text.
    about: (summary, texts) =>
      lines(
        `<details class="az-about" open>`,
        `<summary>${escapeHtml(summary)}</summary>`,
        ...texts.map(paragraph),
        `</details>`,
      ),
    methods: (heading, intro, offset) =>
      lines(
        `<section class="az-methods">`,
        h(offset, heading),
        paragraph(intro),
        ...content.methods.items.map((item) => method(item, offset + 1)),
        `</section>`,
      ),
    // A checklist as a plain list: label and description, nothing to tick.
    list: (id, offset) => {
      const section = checklistSection(content, id);
      return lines(
        `<section class="az-checklist" data-list="${escapeHtml(id)}">`,
        h(offset, section.heading),
        ...(section.intro ? [paragraph(section.intro)] : []),
        list(
          section.items.map(
            (item) =>
              `<strong>${escapeHtml(item.label)}</strong>${item.description ? paragraph(item.description) : ''}${note(item.note)}`,
          ),
        ),
        `</section>`,
      );
    },
  };

  const dir = content.dir === 'rtl' ? 'rtl' : 'ltr';
  return lines(
    `<article class="az-cancel-guide-static" lang="${escapeHtml(content.locale)}" dir="${dir}">`,
    ...guideOutline(content, blocks),
    `</article>`,
    '',
  );
}

/** A link when `safeHref` allows the URL, else the label as plain text, isolated as the elements' (`dir="auto"`). Same tab: a snippet needs no "opens in a new tab" hint. */
function link({ label, href }: GuideLink): string {
  const safe = safeHref(href);
  return safe ? `<a href="${escapeHtml(safe)}" dir="auto">${escapeHtml(label)}</a>` : escapeHtml(label);
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
