// The roles in plain words, so a person knows which sign-in (or which sample person) they need.
import { SummaryRow } from '../ui/SummaryRow';

export function WhoCanDoWhat() {
  return (
    <dl class="summary-list">
      <SummaryRow term="Residents">Find published groups, places and services. No sign-in needed.</SummaryRow>
      <SummaryRow term="Organisation owners and editors">
        Register their organisation, keep its listings up to date and submit them for review. Owners also add and remove editors.
      </SummaryRow>
      <SummaryRow term="Council moderators">
        Verify organisations, approve, reject or ask for changes to listings, and watch for listings nobody has checked lately.
      </SummaryRow>
      <SummaryRow term="Planners">See where coverage is thin, for whom, and how deprived those areas are.</SummaryRow>
    </dl>
  );
}
