// One view for a page's resource: the error (with the page's heading for it), "not found" when
// it came back empty, the value once it is there, and a loading line until then.
import { Match, Switch, type Accessor, type JSX, type Resource } from 'solid-js';

export function Loadable<T>(props: {
  resource: Resource<T | null | undefined>;
  /** The heading when loading failed, like "Listing not available". */
  errorTitle: string;
  /** What to show when it loaded and there is nothing (headings included). */
  notFound: JSX.Element;
  /** The loading line, like "Loading listing…". */
  loading: string;
  /** When the loaded value still counts as not found (a wrapper around a missing row). */
  missing?: (value: T) => boolean;
  /** Keep showing the last value while it is read again, instead of the loading line. */
  keepWhileReloading?: boolean;
  children: (value: Accessor<NonNullable<T>>) => JSX.Element;
}) {
  const value = () => (props.keepWhileReloading ? props.resource.latest : props.resource());
  const absent = () => {
    if (props.resource.state !== 'ready') return false;
    const v = props.resource();
    return v == null || !!props.missing?.(v);
  };
  return (
    <Switch>
      <Match when={props.resource.error}>
        <h1>{props.errorTitle}</h1>
        <p class="banner danger" role="alert">
          {(props.resource.error as Error).message}
        </p>
      </Match>
      <Match when={absent()}>{props.notFound}</Match>
      <Match when={value()}>{(v) => props.children(v)}</Match>
      <Match when={props.resource.loading}>
        <p>{props.loading}</p>
      </Match>
    </Switch>
  );
}
