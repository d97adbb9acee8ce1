// Theming playground: set only the custom properties the user changed, and show the CSS for them.
const form = document.getElementById('controls');
const preview = document.getElementById('preview');
const output = document.getElementById('css');
const changed = new Set();

function valueOf(input) {
  return input.dataset.unit ? `${input.value}${input.dataset.unit}` : input.value;
}

function update() {
  const declarations = [];
  for (const input of form.querySelectorAll('[name^="--az-"]')) {
    if (changed.has(input.name) && input.value) {
      preview.style.setProperty(input.name, valueOf(input));
      declarations.push(`  ${input.name}: ${valueOf(input)};`);
    } else {
      preview.style.removeProperty(input.name);
    }
  }
  // "none" (the default): no theme attribute, so the preview follows the page, and the CSS names no theme.
  const theme = form.elements.theme.value;
  if (theme) preview.setAttribute('theme', theme);
  else preview.removeAttribute('theme');
  const selector = theme ? `az-cancel-guide[theme="${theme}"]` : 'az-cancel-guide';
  output.textContent = declarations.length
    ? `${selector} {\n${declarations.join('\n')}\n}`
    : `/* ${selector}: defaults */`;
}

form.addEventListener('input', (event) => {
  if (event.target.name?.startsWith('--az-')) changed.add(event.target.name);
  update();
});
form.addEventListener('reset', () => {
  changed.clear();
  setTimeout(update);
});
update();
