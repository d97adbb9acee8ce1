'use client';
// The recipe's section (as in the Vite React app), reached by client navigation: custom `data`,
// a new `lang`, the events, and invalid `data` reported once however often React renders.
import { AVAILABLE_LOCALES, type GuideData } from 'az-cancel-guide';
import { AzCancelChecklist, AzCancelGuide, AzCancelMethods } from 'az-cancel-guide/react';
import en from 'az-cancel-guide/data/en.json';
import { useState } from 'react';

export function Recipe() {
  const title = 'Next.js wrapper';
  const [lang, setLang] = useState(AVAILABLE_LOCALES[0]!);
  const [method, setMethod] = useState('');
  const [tick, setTick] = useState('');
  const [errors, setErrors] = useState(0);
  const [broken, setBroken] = useState(false);
  const data: GuideData = broken ? { ...en, title: '' } : { ...en, title };
  const nextLang = () => setLang(AVAILABLE_LOCALES[(AVAILABLE_LOCALES.indexOf(lang) + 1) % AVAILABLE_LOCALES.length]!);
  return (
    <section aria-label={title}>
      <AzCancelGuide data={data} headingLevel={2} onDataError={() => setErrors((n) => n + 1)} />
      <AzCancelMethods lang={lang} theme="dark" onMethodChange={(e) => setMethod(e.detail.method)} />
      <AzCancelChecklist list="before" onChecklistChange={(e) => setTick(`${e.detail.item}:${e.detail.checked}`)} />
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
    </section>
  );
}
