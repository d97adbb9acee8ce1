// The Solid recipe; scripts/test-frameworks.mjs drives the section in Chromium.
import type {} from 'az-cancel-guide/solid';
import { AVAILABLE_LOCALES, type GuideData } from 'az-cancel-guide';
import en from 'az-cancel-guide/data/en.json';
import { createSignal } from 'solid-js';

export function App() {
  const title = 'Solid';
  const [lang, setLang] = createSignal(AVAILABLE_LOCALES[0]!);
  const [method, setMethod] = createSignal('');
  const [tick, setTick] = createSignal('');
  const [errors, setErrors] = createSignal(0);
  const [broken, setBroken] = createSignal(false);
  // A new object each time the signal changes: the element sees an equal one and does nothing.
  const data = (): GuideData => (broken() ? { ...en, title: '' } : { ...en, title });
  const nextLang = () =>
    setLang(AVAILABLE_LOCALES[(AVAILABLE_LOCALES.indexOf(lang()) + 1) % AVAILABLE_LOCALES.length]!);
  return (
    <section aria-label={title}>
      <az-cancel-guide
        prop:data={data()}
        heading-level={2}
        on:az-data-error={() => setErrors((n) => n + 1)}
      ></az-cancel-guide>
      <az-cancel-methods
        lang={lang()}
        theme="dark"
        on:az-method-change={(e) => setMethod(e.detail.method)}
      ></az-cancel-methods>
      <az-cancel-checklist
        list="before"
        on:az-checklist-change={(e) => setTick(`${e.detail.item}:${e.detail.checked}`)}
      ></az-cancel-checklist>
      <p>
        <button class="next-lang" onClick={nextLang}>
          Next language
        </button>
        <button class="break-data" onClick={() => setBroken(true)}>
          Invalid data
        </button>
        <output class="method">{method()}</output>
        <output class="tick">{tick()}</output>
        <output class="errors">{errors()}</output>
      </p>
    </section>
  );
}
