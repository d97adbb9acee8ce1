// Types the az-* tags in every component (svelte-check reads this file through tsconfig.json).
import type {} from 'az-cancel-guide/svelte';
