import type { GuideUiStrings } from '../../data/guide-types.js';

/** The interface strings in ar; a string missing here is shown in English. */
export default {
  methodsLabel: 'طرق الإلغاء',
  officialSite: 'الموقع الرسمي:',
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  emailSubject: 'موضوع الرسالة',
  copyTemplate: 'نسخ نموذج الرسالة',
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyFallback: 'تعذّر الوصول إلى الحافظة. حُدِّد النص، فاضغط Ctrl+C (أو ‎⌘+C على Mac) لنسخه.',
  openMailApp: 'فتح في تطبيق البريد',
  bring: 'ما يجب إحضاره',
  bringDone: 'كل شيء جاهز. انتقل إلى الخطوة التالية.',
  progress: {
    other: 'تم إنجاز {done} من {total}',
  },
  reset: 'مسح علامات الاختيار',
  resetConfirm: 'هل تريد مسح جميع علامات الاختيار في هذه القائمة؟',
  resetNo: 'إبقاء علامات الاختيار',
  noticeLabel: 'ما تقوله المصادر الرسمية',
  lastReviewed: 'دُقِّقت المعلومات الرسمية الواردة أعلاه بتاريخ {date}.',
  note: 'ملاحظة',
  aboutToggle: 'ما هي البطاقة السياحية؟',
  emailTemplate: 'نموذج الرسالة',
  unconfirmed: 'غير مؤكَّد',
  official: 'رسمي',
  warning: 'تحذير',
  fullGuide: 'اقرأ الدليل كاملًا',
} satisfies Partial<GuideUiStrings>;
