import type { GuideUiStrings } from '../../data/guide-types.js';

/** The interface strings in tr; a string missing here is shown in English. */
export default {
  methodsLabel: 'İptal yöntemleri',
  officialSite: 'Resmî web sitesi:',
  opensInNewTab: '(yeni sekmede açılır)',
  emailSubject: 'E-posta konusu',
  copyTemplate: 'E-posta şablonunu kopyala',
  copy: 'Kopyala',
  copied: 'Kopyalandı',
  copyFallback: "Panoya erişilemiyor. Metin seçili durumda; kopyalamak için Ctrl+C tuşlarına (Mac'te ⌘+C) basın.",
  openMailApp: 'E-posta uygulamasında aç',
  bring: 'Yanınıza almanız gerekenler',
  bringDone: 'Her şey hazır. Sonraki adıma geçin.',
  progress: {
    other: '{total} maddeden {done} tanesi tamamlandı',
  },
  reset: 'İşaretleri temizle',
  resetConfirm: 'Bu listedeki tüm işaretler temizlensin mi?',
  resetNo: 'İşaretleri koru',
  noticeLabel: 'Resmî kaynaklar ne diyor?',
  lastReviewed: 'Yukarıdaki resmî bilgiler {date} tarihinde kontrol edildi.',
  note: 'Not',
  aboutToggle: 'Turist kartı nedir?',
  emailTemplate: 'E-posta şablonu',
  unconfirmed: 'Doğrulanmamış',
  official: 'Resmî',
  warning: 'Uyarı',
  fullGuide: 'Rehberin tamamını okuyun',
} satisfies Partial<GuideUiStrings>;
