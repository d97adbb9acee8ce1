'use client';
// A client component, rendered on the server too: `az-cancel-guide/react` writes `lang` and the
// static snippet there, and after hydration the event handler is the element's listener.
import { AzCancelGuide } from 'az-cancel-guide/react';
import { useState } from 'react';

export function ServerGuide({ lang }: { lang: string }) {
  const [method, setMethod] = useState('');
  return (
    <div className="prerendered">
      <AzCancelGuide lang={lang} onMethodChange={(e) => setMethod(e.detail.method)} />
      <output className="method">{method}</output>
    </div>
  );
}
