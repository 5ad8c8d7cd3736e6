// A success message carried to the next page in the router's history state (GOV.UK
// notification banner), so "Saved" survives the navigation that follows a save.
import { useLocation } from '@solidjs/router';
import { Show } from 'solid-js';

export function FlashBanner(props: { message?: string | null }) {
  const location = useLocation<{ flash?: string } | undefined>();
  const text = () => props.message ?? location.state?.flash ?? null;
  return (
    <Show when={text()}>
      <div class="banner success" role="status">
        <p>{text()}</p>
      </div>
    </Show>
  );
}
