// Defines the elements before Vue renders them, so Vue sets `data` as a property.
import 'az-cancel-guide';
import type {} from 'az-cancel-guide/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
