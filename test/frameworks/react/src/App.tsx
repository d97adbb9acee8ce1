// The README's React recipes; scripts/test-frameworks.mjs drives both sections in Chromium.
import type {} from 'az-cancel-guide/jsx';
import { AVAILABLE_LOCALES, type GuideData } from 'az-cancel-guide';
import { AzCancelChecklist, AzCancelGuide, AzCancelMethods } from 'az-cancel-guide/react';
import en from 'az-cancel-guide/data/en.json';
import { useState } from 'react';

/** What each section shows and received: the test reads it. */
function useRecipeState(title: string) {
  const [lang, setLang] = useState(AVAILABLE_LOCALES[0]!);
  const [method, setMethod] = useState('');
  const [tick, setTick] = useState('');
  const [errors, setErrors] = useState(0);
  const [broken, setBroken] = useState(false);
  // A new object on every render, as React code often does: the element sees it is equal and does nothing.
  const data: GuideData = broken ? { ...en, title: '' } : { ...en, title };
  const nextLang = () => setLang(AVAILABLE_LOCALES[(AVAILABLE_LOCALES.indexOf(lang) + 1) % AVAILABLE_LOCALES.length]!);
  const outputs = (
    <p>
      <button className="next-lang" onClick={nextLang}>
        Next language
      </button>
      <button className="break-data" onClick={() => setBroken(true)}>
        Invalid data
      </button>
      <output className="method">{method}</output>
      <output className="tick">{tick}</output>
      <output className="errors">{errors}</output>
    </p>
  );
  return { lang, data, outputs, setMethod, setTick, countError: () => setErrors((n) => n + 1) };
}

/** React 19 renders custom elements itself: the tags, typed by `az-cancel-guide/jsx`. */
function Tags() {
  const state = useRecipeState('React 19 tags');
  return (
    <section aria-label="React 19 tags">
      <az-cancel-guide data={state.data} heading-level={2} onaz-data-error={state.countError}></az-cancel-guide>
      <az-cancel-methods
        lang={state.lang}
        theme="dark"
        onaz-method-change={(e) => state.setMethod(e.detail.method)}
      ></az-cancel-methods>
      <az-cancel-checklist
        list="before"
        onaz-checklist-change={(e) => state.setTick(`${e.detail.item}:${e.detail.checked}`)}
      ></az-cancel-checklist>
      {state.outputs}
    </section>
  );
}

/** The components of `az-cancel-guide/react` (Lit's @lit/react), with camelCase events. */
function Wrapper() {
  const state = useRecipeState('React wrapper');
  return (
    <section aria-label="React wrapper">
      <AzCancelGuide data={state.data} headingLevel={2} onDataError={state.countError} />
      <AzCancelMethods lang={state.lang} theme="dark" onMethodChange={(e) => state.setMethod(e.detail.method)} />
      <AzCancelChecklist
        list="before"
        onChecklistChange={(e) => state.setTick(`${e.detail.item}:${e.detail.checked}`)}
      />
      {state.outputs}
    </section>
  );
}

export function App() {
  return (
    <>
      <Tags />
      <Wrapper />
    </>
  );
}
