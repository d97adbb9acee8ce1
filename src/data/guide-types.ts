/** Types of one locale of guide content; `guide.schema.json` is the authoritative description. */

export const METHOD_IDS = ['online', 'email', 'embassy'] as const;
export type MethodId = (typeof METHOD_IDS)[number];

export const CHECKLIST_IDS = ['before', 'after'] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export interface GuideLink {
  label: string;
  href: string;
}

export interface ChecklistItem {
  id: string;
  label: string;
  description: string;
}

export interface ChecklistSection {
  heading: string;
  intro: string;
  items: ChecklistItem[];
}

export interface EmailDetails {
  subject: string;
  bodyIncludes: string[];
  attachments: string[];
  /** Email body with bracketed placeholders for the traveller to fill in. */
  template: string;
  address?: string;
}

export interface CancelMethod {
  id: MethodId;
  name: string;
  heading: string;
  intro: string;
  steps: string[];
  link?: GuideLink;
  email?: EmailDetails;
  bring?: string[];
}

export type PluralMessages = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface GuideUiStrings {
  methodsLabel: string;
  officialSite: string;
  opensInNewTab: string;
  emailSubject: string;
  emailBodyIncludes: string;
  emailAttachments: string;
  copyTemplate: string;
  copied: string;
  copyFallback: string;
  openMailApp: string;
  bring: string;
  progress: PluralMessages;
  reset: string;
  resetConfirm: string;
  resetYes: string;
  resetNo: string;
  noticeLabel: string;
  lastReviewed: string;
}

export interface GuideData {
  locale: string;
  dir: 'ltr' | 'rtl';
  lastReviewed: string;
  title: string;
  intro: string[];
  about: string[];
  notice: { text: string; links: GuideLink[] };
  before: ChecklistSection;
  methods: { heading: string; intro: string; items: CancelMethod[] };
  after: ChecklistSection;
  summary: { heading: string; paragraphs: string[] };
  closing: string[];
  ui: GuideUiStrings;
}
