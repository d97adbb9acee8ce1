// Language switcher: sets `lang` on every demo element; the elements keep their state.
const select = document.getElementById('language');
const params = new URLSearchParams(location.search);
const initial = params.get('lang');
const elements = () => document.querySelectorAll('.demo-localized');

function setLanguage(lang) {
  for (const element of elements()) element.lang = lang;
  select.value = lang;
}

if (initial) setLanguage(initial);
select.addEventListener('change', () => {
  setLanguage(select.value);
  params.set('lang', select.value);
  history.replaceState(null, '', `?${params}`);
});
document.addEventListener('az-method-change', (event) => console.info('az-method-change', event.detail));
document.addEventListener('az-checklist-change', (event) => console.info('az-checklist-change', event.detail));
