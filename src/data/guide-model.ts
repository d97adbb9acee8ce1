/**
 * The content model: the one definition of a locale of guide content, in Valibot. Everything
 * else is derived from it:
 * - the TypeScript types (`guide-types.ts`, inferred);
 * - the published `guide.schema.json`, for editors (`scripts/generate.mjs`, with
 *   `@valibot/to-json-schema`);
 * - the validator of the elements, the CLI and the editor (`lib/validate-guide.ts`: Valibot's
 *   `safeParse`, in the chunk only pages with their own content load).
 */
import * as v from 'valibot';
import { isAllowedUrl } from '../lib/safe-url.js';
import { duplicateIds } from '../lib/unique-ids.js';

type Issue = v.BaseIssue<unknown>;

/** Messages name what was expected; the path is added by `describeIssue`. */
const objectMessage = (issue: Issue): string =>
  issue.expected === 'never'
    ? 'unexpected property'
    : issue.expected?.startsWith('"')
      ? 'missing'
      : 'expected an object';

const text = v.pipe(
  v.string('expected non-empty text'),
  // Something visible: not only spaces, zero-width or other format characters (U+200B, U+2060,
  // U+FEFF, bidi marks) or combining marks, which show as blank.
  v.regex(/[^\s\p{Cf}\p{Mn}\p{Me}]/u, 'expected non-empty text'),
  v.maxLength(4000, 'expected at most 4000 characters'),
);

const list = <T extends v.GenericSchema>(item: T, description: string) =>
  v.pipe(
    v.array(item, 'expected a non-empty list'),
    v.nonEmpty('expected a non-empty list'),
    v.description(description),
  );

const id = v.pipe(
  v.string('expected an id'),
  v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected an id of lowercase letters, digits and hyphens'),
  v.description('Stable identifier: the same in every locale. Lowercase letters, digits and hyphens.'),
);

const url = v.pipe(
  v.string('expected a URL'),
  v.maxLength(2000, 'expected a URL of at most 2000 characters'),
  // The pattern is for editors (JSON Schema); the check is the browser's URL parser, as the renderers use it.
  v.regex(
    /^(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):/,
    'expected a URL that starts with https:, http:, mailto: or tel:',
  ),
  v.check(isAllowedUrl, 'expected an absolute https:, http:, mailto: or tel: URL'),
  v.description('Absolute URL: https:, http:, mailto: or tel:.'),
);

const email = v.pipe(
  v.string('expected an email address'),
  v.maxLength(254, 'expected an email address'),
  v.regex(/^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/, 'expected an email address'),
);

export const LinkSchema = v.pipe(
  v.strictObject(
    {
      label: text,
      href: url,
      official: v.optional(
        v.pipe(
          v.boolean('expected true or false'),
          v.description(
            'True only for government sites (evisa.gov.az, mfa.gov.az and its embassy sub-sites): they alone are presented as official.',
          ),
        ),
      ),
    },
    objectMessage,
  ),
  v.description('A link: its visible label and where it goes.'),
);

export const NoteSchema = v.pipe(
  v.strictObject({ text, link: v.optional(LinkSchema) }, objectMessage),
  v.description(
    'A short note shown as a callout next to what it qualifies: what official sources do or do not confirm.',
  ),
);

const note = v.optional(NoteSchema);

/** What a step's action is: the site's link, a copy chip of the email subject, the email template, or the "what to bring" checklist. */
export const STEP_ACTIONS = ['site', 'subject', 'template', 'bring'] as const;

const StepSchema = v.pipe(
  v.strictObject(
    {
      text,
      note,
      action: v.optional(
        v.pipe(
          v.picklist(STEP_ACTIONS, 'expected one of site, subject, template, bring'),
          v.description(
            "The method's action shown inside this step: `site` (online), `subject` and `template` (email), `bring` (in person). An action no step names is shown after the steps.",
          ),
        ),
      ),
    },
    (issue) => (issue.expected === 'Object' ? 'expected a step object: {"text": "…"}' : objectMessage(issue)),
  ),
  v.description('One step, in order.'),
);

const ChecklistItemSchema = v.strictObject({ id, label: text, description: text, note }, objectMessage);

const ChecklistSectionSchema = v.strictObject(
  {
    heading: text,
    intro: text,
    done: v.optional(v.pipe(text, v.description('Shown when every item is ticked: where to go next.'))),
    items: list(ChecklistItemSchema, 'Items to tick; ids are unique across both checklists.'),
  },
  objectMessage,
);

const EmailSchema = v.strictObject(
  {
    subject: text,
    template: v.pipe(text, v.description('Email body with bracketed placeholders for the traveller to fill in.')),
    address: v.optional(email),
  },
  objectMessage,
);

/** How far a method is confirmed: shown as a tag in its tab and heading, in text, not only in colour. */
export const METHOD_STATUSES = ['unconfirmed', 'official'] as const;

/** Entries every method has, whatever its kind. */
const methodBase = {
  id,
  name: v.pipe(text, v.description('Short name (one or two words), used as the tab label and on the method card.')),
  needs: v.optional(
    v.pipe(
      text,
      v.description(
        'Kept so that older content files stay valid; the guide no longer shows method cards, so it is not shown.',
      ),
    ),
  ),
  status: v.optional(
    v.pipe(
      v.picklist(METHOD_STATUSES, 'expected one of unconfirmed, official'),
      v.description(
        '`unconfirmed`: only the source article describes it; official sources do not (tagged "Unconfirmed" in its tab and heading). `official`: a procedure a government page describes.',
      ),
    ),
  ),
  heading: v.pipe(text, v.description("Heading of the method's panel.")),
  intro: text,
  steps: list(StepSchema, 'The steps, in order.'),
  note,
};

export const METHOD_KINDS = ['online', 'email', 'in-person'] as const;

/** Each kind of method has its own details: the site, the email, or what to bring. */
const MethodSchema = v.variant(
  'kind',
  [
    v.strictObject({ ...methodBase, kind: v.literal('online'), link: LinkSchema }, objectMessage),
    v.strictObject({ ...methodBase, kind: v.literal('email'), email: EmailSchema }, objectMessage),
    v.strictObject(
      {
        ...methodBase,
        kind: v.literal('in-person'),
        bring: list(
          v.strictObject({ id, label: text }, objectMessage),
          'What to bring: a checklist of its own (list id `bring`); ids are unique across all checklists.',
        ),
      },
      objectMessage,
    ),
  ],
  (issue) => {
    const kinds = METHOD_KINDS.map((kind) => `"${kind}"`).join(', ');
    // Without a path the method itself is not an object; with one, its `kind` is missing or unknown.
    if (!issue.path) return 'expected an object';
    return issue.input === undefined
      ? `missing; every method declares its kind: one of ${kinds}`
      : `expected one of ${kinds}`;
  },
);

const paragraphs = (description: string) => list(text, description);

const plural = v.strictObject(
  {
    zero: v.optional(text),
    one: v.optional(text),
    two: v.optional(text),
    few: v.optional(text),
    many: v.optional(text),
    other: text,
  },
  objectMessage,
);

const UiSchema = v.pipe(
  v.strictObject(
    {
      methodsLabel: v.optional(text),
      officialSite: v.optional(text),
      opensInNewTab: v.optional(text),
      emailSubject: v.optional(text),
      copyTemplate: v.optional(text),
      copy: v.optional(v.pipe(text, v.description('Label of the copy chip next to the email subject, e.g. "Copy".'))),
      copied: v.optional(
        v.pipe(
          text,
          v.description('Shown on the copy button itself after copying, and announced: one word, e.g. "Copied".'),
        ),
      ),
      copyFallback: v.optional(text),
      openMailApp: v.optional(text),
      bring: v.optional(text),
      bringDone: v.optional(
        v.pipe(
          text,
          v.description(
            'Shown when everything to bring is ticked: where to go next, e.g. "All packed. On to the next step."',
          ),
        ),
      ),
      progress: v.optional(
        v.pipe(
          plural,
          v.description(
            'Plural forms by CLDR category of the total; `{done}` and `{total}` are filled in. Only `other` is required.',
          ),
        ),
      ),
      reset: v.optional(
        v.pipe(
          text,
          v.description(
            '"Clear ticks": the quiet action under a list with ticks, and the destructive choice of its confirmation.',
          ),
        ),
      ),
      resetConfirm: v.optional(text),
      resetNo: v.optional(
        v.pipe(
          text,
          v.description(
            'The confirmation\'s harmless choice, e.g. "Keep ticks" (the other choice is `reset`, "Clear ticks").',
          ),
        ),
      ),
      noticeLabel: v.optional(text),
      lastReviewed: v.optional(v.pipe(text, v.description('`{date}` is replaced by the formatted review date.'))),
      note: v.optional(v.pipe(text, v.description('Label of a note, e.g. "Note".'))),
      emailTemplate: v.optional(
        v.pipe(text, v.description('Caption of the email template where it is shown as text.')),
      ),
      aboutToggle: v.optional(
        v.pipe(
          text,
          v.description(
            'Summary of the disclosure that holds the "about" paragraphs, e.g. "What is the tourist card?".',
          ),
        ),
      ),
      unconfirmed: v.optional(
        v.pipe(text, v.description('Tag of a method with `status: "unconfirmed"`, e.g. "Unconfirmed".')),
      ),
      official: v.optional(v.pipe(text, v.description('Tag of a method with `status: "official"`, e.g. "Official".'))),
      warning: v.optional(
        v.pipe(
          text,
          v.description('Read out before the warning text (hidden on screen, next to its "!" icon), e.g. "Warning".'),
        ),
      ),
      fullGuide: v.optional(
        v.pipe(
          text,
          v.description(
            'Label of the link to the full guide in `variant="compact"` (shown when the page sets `guide-href`), e.g. "Read the full guide".',
          ),
        ),
      ),
    },
    objectMessage,
  ),
  v.description(
    "Interface strings of the elements, to change any of them: each is optional. A string missing here is the bundled translation of the content's `locale` (src/components/translations/), else English.",
  ),
);

export const GuideSchema = v.pipe(
  v.strictObject(
    {
      $schema: v.optional(v.pipe(v.string('expected a string'), v.description('Where editors find this schema.'))),
      locale: v.pipe(
        v.string('expected a BCP 47 language tag'),
        v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag'),
        v.description('BCP 47 tag of this file, e.g. zh-Hans.'),
      ),
      dir: v.pipe(
        v.picklist(['ltr', 'rtl'], 'expected one of ltr, rtl'),
        v.description('Writing direction of the language.'),
      ),
      dateLocale: v.optional(
        v.pipe(
          v.string('expected a BCP 47 language tag'),
          v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag'),
          v.description('Tag to format dates with when it differs from `locale`, e.g. en-GB for British English text.'),
        ),
      ),
      lastReviewed: v.pipe(
        v.string('expected a date as YYYY-MM-DD'),
        v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
        v.description('Date (YYYY-MM-DD) when a person last checked the content against its sources.'),
      ),
      title: text,
      answer: v.optional(
        v.pipe(
          v.strictObject(
            {
              text: v.pipe(
                text,
                v.description('One or two plain sentences: what official sources say a traveller can do.'),
              ),
              source: v.pipe(
                LinkSchema,
                v.description('The official page the answer rests on; shown under it with the review date.'),
              ),
            },
            objectMessage,
          ),
          v.description('The true answer, shown first, right under the title.'),
        ),
      ),
      warning: v.optional(
        v.pipe(
          text,
          v.description(
            'The one warning of the guide (bold, with a "!" icon): where passport data may go. Use it once.',
          ),
        ),
      ),
      cases: v.optional(
        v.pipe(
          v.strictObject(
            {
              heading: text,
              items: list(
                v.strictObject({ title: text, text, link: v.optional(LinkSchema) }, objectMessage),
                'What travellers actually face, each with what to do.',
              ),
            },
            objectMessage,
          ),
          v.description('Situations travellers are in, each with what to do: shown after the answer.'),
        ),
      ),
      articleHeading: v.optional(
        v.pipe(
          text,
          v.description(
            'Heading of the part that retells the source article (its ways, checklists and closing words), e.g. "If you still want to ask: what the source article says".',
          ),
        ),
      ),
      glance: v.pipe(
        text,
        v.description(
          'One sentence that opens the part retelling the source article: true to the content (e.g. that official sources do not confirm its steps).',
        ),
      ),
      intro: paragraphs('Introduction paragraphs.'),
      about: paragraphs('What the tourist card is and why one cancels it.'),
      notice: v.pipe(
        v.strictObject(
          {
            text,
            points: list(text, 'What official sources say, one fact each: only facts that the linked sources support.'),
            links: list(LinkSchema, 'The official sources to check, marked `official`.'),
          },
          objectMessage,
        ),
        v.description('What official sources say, next to the source article: shown before the steps.'),
      ),
      before: v.pipe(ChecklistSectionSchema, v.description('Preparation checklist.')),
      methods: v.pipe(
        v.strictObject(
          { heading: text, intro: text, items: list(MethodSchema, 'The ways to cancel, as tabs.') },
          objectMessage,
        ),
      ),
      after: v.pipe(ChecklistSectionSchema, v.description('What to do after cancelling.')),
      summary: v.strictObject(
        {
          heading: text,
          paragraphs: paragraphs("Summary paragraphs (the source article's closing words)."),
          note: v.optional(
            v.pipe(NoteSchema, v.description("What official sources say about the article's conclusion, after it.")),
          ),
        },
        objectMessage,
      ),
      closing: paragraphs('Closing paragraphs.'),
      ui: v.optional(UiSchema),
    },
    objectMessage,
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const { keys, message } of duplicateIds(dataset.value)) {
      const path = keys.map((key) => ({ type: 'object', origin: 'value', input: {}, key, value: undefined }));
      addIssue({ message, path: path as unknown as [v.IssuePathItem, ...v.IssuePathItem[]] });
    }
  }),
  v.title('az-cancel-guide content'),
  v.description(
    'One locale of the Azerbaijan tourist card (e-visa) cancellation guide. Every string is plain text: markup is shown as text, never interpreted.',
  ),
);
