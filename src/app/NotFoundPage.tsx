import { A } from '@solidjs/router';
import { usePageTitle } from '../ui/usePageTitle';

export default function NotFoundPage() {
  usePageTitle(() => 'Page not found');
  return (
    <div class="page narrow">
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the listing may have been removed.</p>
      <p>
        <A href="/">Find groups, places and services</A>
      </p>
    </div>
  );
}
