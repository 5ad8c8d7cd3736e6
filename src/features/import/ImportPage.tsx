// Placeholder until this feature lands; replaced by its own issue's work.
export default function Page() {
  return (
    <div class="page narrow">
      <h1>Import partner data</h1>
      <p>This part of Common Ground is being built.</p>
    </div>
  );
}
