// demo/test-bench.html: a language switcher, one option per locale the script ships, named in its own
// language; it sets `lang` on the cases that follow it (.demo-localized), and the elements keep their state.
import { AVAILABLE_LOCALES } from '../dist/cdn/az-cancel-guide.js';

const select = document.getElementById('language');
for (const locale of AVAILABLE_LOCALES) {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  const option = new Option(`${name} (${locale})`, locale);
  option.lang = locale;
  select.append(option);
}
select.value = document.querySelector('.demo-localized')?.lang ?? 'en';
const params = new URLSearchParams(location.search);
const initial = params.get('lang');
const elements = () => document.querySelectorAll('.demo-localized');

function setLanguage(lang) {
  for (const element of elements()) element.lang = lang;
  select.value = lang;
}

if (initial && AVAILABLE_LOCALES.includes(initial)) setLanguage(initial);
select.addEventListener('change', () => {
  setLanguage(select.value);
  params.set('lang', select.value);
  history.replaceState(null, '', `?${params}`);
});
document.documentElement.dataset.ready = '';
document.addEventListener('az-method-change', (event) => console.info('az-method-change', event.detail));
document.addEventListener('az-checklist-change', (event) => console.info('az-checklist-change', event.detail));
