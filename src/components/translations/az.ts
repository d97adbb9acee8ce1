import type { GuideUiStrings } from '../../data/guide-types.js';

/** The interface strings in az; a string missing here is shown in English. */
export default {
  methodsLabel: 'Ləğv üsulları',
  officialSite: 'Rəsmi sayt:',
  opensInNewTab: '(yeni tabda açılır)',
  emailSubject: 'Məktubun mövzusu',
  copyTemplate: 'Məktub şablonunu kopyalayın',
  copy: 'Kopyalayın',
  copied: 'Kopyalandı',
  copyFallback: 'Mübadilə buferi əlçatan deyil. Mətn seçilib: kopyalamaq üçün Ctrl+C (Mac kompüterlərində ⌘+C) basın.',
  openMailApp: 'Poçt proqramında açın',
  bring: 'Özünüzlə götürməli olduqlarınız',
  bringDone: 'Hər şey hazırdır. Növbəti addıma keçin.',
  progress: {
    other: '{done}/{total} bənd tamamlanıb',
  },
  reset: 'İşarələri silin',
  resetConfirm: 'Bu siyahıdakı bütün işarələr silinsin?',
  resetNo: 'İşarələri saxlayın',
  noticeLabel: 'Rəsmi mənbələr nə deyir?',
  lastReviewed: 'Yuxarıdakı rəsmi məlumatlar {date} tarixində yoxlanılıb.',
  note: 'Qeyd',
  aboutToggle: 'Turist kartı nədir?',
  emailTemplate: 'Məktub şablonu',
  unconfirmed: 'Təsdiqlənməyib',
  official: 'Rəsmi',
  warning: 'Xəbərdarlıq',
  fullGuide: 'Tam bələdçini oxuyun',
} satisfies Partial<GuideUiStrings>;
