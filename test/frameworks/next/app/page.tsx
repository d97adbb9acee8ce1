// A server component: the page's HTML has the whole guide in Russian (the static snippet the wrapper
// renders on the server), readable before and without JavaScript; the element then upgrades in place.
import Link from 'next/link';
import { ServerGuide } from './server-guide';

export default function Page() {
  return (
    <main>
      <h1>Next.js server page</h1>
      <ServerGuide lang="ru" />
      <p>
        {/* No prefetch: the test checks that this page loads no other language, and the next page's code has English. */}
        <Link className="client-nav" href="/navigated/" prefetch={false}>
          Another page (client navigation)
        </Link>
      </p>
    </main>
  );
}
