// Entry of the classic-script (IIFE) build: defines the three elements and adds no global variable.
import './components/guide/az-cancel-guide-define.js';
