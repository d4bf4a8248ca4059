import type { ServiceFactory, WirefeedService } from '@wirefeed/core';
import { createSubscriptionStore } from '@wirefeed/feeds/subscriptions';
import type { WebSubOptions } from '@wirefeed/feeds/websub';
import { createServiceWebSub, wantedBySubscriptions } from '@wirefeed/feeds/websub';

export interface WebSubRenewalsOptions {
  /** WIREFEED_PUBLIC_URL: where hubs reach the callback. */
  publicUrl: string;
  /** How often due leases and retries are looked for. Default 60 s. */
  everyMs?: number;
  /**
   * Passed to `createWebSub` (lease asked for, retry delays, the POST function). `isWanted` defaults
   * to the subscription store's view: removed and paused feeds are unsubscribed, not renewed.
   */
  websub?: Omit<WebSubOptions, 'store' | 'publicUrl' | 'log'>;
}

/**
 * Lease renewal as a service of the dashboard process, beside the callback it keeps alive. Each
 * sweep claims the due feeds from a Redis sorted set in one script, so any number of dashboard
 * replicas can sweep without renewing one feed twice; a restart loses nothing. Feeds removed or
 * paused since are unsubscribed when they come due, so WebSub's keys never outlive their feeds.
 */
export function createWebSubRenewals(options: WebSubRenewalsOptions): ServiceFactory {
  return (deps): WirefeedService => {
    const log = deps.log.child({ service: 'websub-renewals' });
    const subscriptions = createSubscriptionStore({ redis: deps.connection, prefix: deps.keyPrefix, log });
    const websub = createServiceWebSub(
      { ...deps, log },
      { isWanted: wantedBySubscriptions(subscriptions), ...options.websub, publicUrl: options.publicUrl },
    );
    let timer: NodeJS.Timeout | undefined;
    let sweeping: Promise<void> | undefined;
    const sweep = () => {
      // One sweep at a time: ticks during a slow hub's request are skipped, not piled up.
      if (sweeping) return;
      sweeping = websub
        .renewDue()
        .then(
          (sent) => {
            if (sent > 0) log.info({ sent }, 'websub leases renewed');
          },
          (err: unknown) => log.error({ err }, 'websub renewal sweep failed'),
        )
        .finally(() => {
          sweeping = undefined;
        });
    };
    return {
      name: 'websub-renewals',
      workers: [],
      async start() {
        sweep();
        timer = setInterval(sweep, options.everyMs ?? 60_000);
        timer.unref();
      },
      async close() {
        clearInterval(timer);
        await sweeping;
      },
    };
  };
}
