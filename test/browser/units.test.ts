// The unit tests beside the small pure functions in src/lib/ and src/i18n/, in one page per browser:
// setting up a test page costs about a second, more than all of these tests take. The test runner's
// config fails if a test file there is not imported here.
import '../../src/i18n/format-date.test.js';
import '../../src/i18n/format.test.js';
import '../../src/i18n/negotiate-locale.test.js';
import '../../src/i18n/page-language.test.js';
import '../../src/lib/content-warnings.test.js';
import '../../src/lib/heading.test.js';
import '../../src/lib/json-locations.test.js';
import '../../src/lib/method-hash.test.js';
import '../../src/lib/official-url.test.js';
import '../../src/lib/safe-url.test.js';
