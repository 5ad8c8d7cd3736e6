// PGliteWorker's leader answers each tab on that tab's BroadcastChannel and closes the channel
// when the tab goes. A tab closed while one of its queries is running leaves the answer nowhere
// to go: PGlite's postMessage then throws "Channel is closed" inside the leader's worker, which
// surfaces as an error on the page that is still open. Dropping a message to a closed channel is
// what the browser would do for a message to a closed tab anyway; every other error still throws.
export function dropAnswersToClosedTabs(channel: { prototype: BroadcastChannel } = BroadcastChannel): void {
  const proto = channel.prototype as BroadcastChannel & { __cgDropsClosed?: true };
  if (proto.__cgDropsClosed) return;
  const post = proto.postMessage;
  proto.postMessage = function (this: BroadcastChannel, message: unknown) {
    try {
      post.call(this, message);
    } catch (e) {
      if ((e as { name?: string }).name === 'InvalidStateError') return;
      throw e;
    }
  };
  proto.__cgDropsClosed = true;
}
