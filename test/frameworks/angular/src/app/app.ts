// The Angular recipe: the guide prerendered with the static snippet inside (readable without
// JavaScript); in the browser the element upgrades and the app's handler hears its events.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { MethodChangeDetail } from 'az-cancel-guide';
import { renderStaticHtml } from 'az-cancel-guide/static.js';
import ru from 'az-cancel-guide/data/ru.json';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <div class="prerendered">
      <az-cancel-guide [lang]="lang()" [innerHTML]="snippet" (az-method-change)="onMethod($event)"></az-cancel-guide>
      <output class="method">{{ method() }}</output>
    </div>
  `,
})
export class App {
  readonly lang = signal('ru');
  readonly method = signal('');
  // The static snippet: Angular's sanitizer keeps its links, <time> and classes.
  readonly snippet = renderStaticHtml(ru);

  onMethod(event: CustomEvent<MethodChangeDetail>): void {
    this.method.set(event.detail.method);
  }
}
