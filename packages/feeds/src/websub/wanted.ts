/** Whether a feed still wants pushes: see `WebSubOptions.isWanted`. */
export type IsWanted = (feedId: string) => Promise<boolean>;

/**
 * `isWanted` over the subscription store: a feed is wanted while its subscription exists and is not
 * paused. Typed by shape, so WebSub does not depend on the store module:
 * `wantedBySubscriptions(createSubscriptionStore({ redis, prefix }))`.
 */
export function wantedBySubscriptions(subscriptions: {
  get(id: string): Promise<{ paused?: boolean } | undefined>;
}): IsWanted {
  return async (feedId) => {
    const sub = await subscriptions.get(feedId);
    return sub !== undefined && sub.paused !== true;
  };
}
