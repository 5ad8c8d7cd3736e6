// The roles in plain words, so a person knows which sign-in (or which sample person) they need.
export function WhoCanDoWhat() {
  return (
    <dl class="summary-list roles">
      <dt>Residents</dt>
      <dd>Find published groups, places and services. No sign-in needed.</dd>
      <dt>Organisation owners and editors</dt>
      <dd>
        Register their organisation, keep its listings up to date and submit them for review. Owners also add and remove editors.
      </dd>
      <dt>Council moderators</dt>
      <dd>Verify organisations, approve, reject or ask for changes to listings, and watch for listings nobody has checked lately.</dd>
      <dt>Planners</dt>
      <dd>See where coverage is thin, for whom, and how deprived those areas are.</dd>
    </dl>
  );
}
