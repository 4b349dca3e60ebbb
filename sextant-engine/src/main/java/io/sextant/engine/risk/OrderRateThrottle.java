package io.sextant.engine.risk;

/**
 * Counts the orders that passed risk in a rolling window (see {@link OrderRateLimit}): a ring of the
 * last {@code maxOrders} pass times.
 */
final class OrderRateThrottle {
    private final OrderRateLimit limit;
    private final long windowNs;
    private final long[] passed;
    private int next;
    private int count;

    OrderRateThrottle(OrderRateLimit limit) {
        this.limit = limit;
        this.windowNs = limit.window().toNanos();
        this.passed = new long[limit.maxOrders()];
    }

    /** Records a pass at {@code nowNs} and returns null, or returns the reason the order is denied. */
    String tryPass(long nowNs) {
        // With a full ring, passed[next] is the oldest of the last maxOrders passes.
        if (count == passed.length && nowNs - passed[next] < windowNs) {
            return "order rate limit: " + count + " orders passed in the last " + limit.windowText() + " (limit "
                    + limit + ")";
        }
        passed[next] = nowNs;
        next = (next + 1) % passed.length;
        count = Math.min(count + 1, passed.length);
        return null;
    }
}
