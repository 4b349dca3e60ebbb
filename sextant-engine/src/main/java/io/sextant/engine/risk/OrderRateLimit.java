package io.sextant.engine.risk;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code maxOrders} orders may pass risk within any rolling {@code window}: an order at time
 * t is denied if {@code maxOrders} orders already passed in {@code (t - window, t]}. Denied orders do
 * not count.
 *
 * @param maxOrders the number of orders allowed per window, positive
 * @param window    the window length, positive
 */
public record OrderRateLimit(int maxOrders, Duration window) {

    public OrderRateLimit {
        Objects.requireNonNull(window, "window");
        if (maxOrders <= 0) {
            throw new IllegalArgumentException("order rate limit: maxOrders must be positive, was " + maxOrders);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("order rate limit: window must be positive, was " + window);
        }
    }

    /** E.g. {@code of(10, Duration.ofSeconds(1))}: ten orders per second. */
    public static OrderRateLimit of(int maxOrders, Duration window) {
        return new OrderRateLimit(maxOrders, window);
    }

    /** The window as text, e.g. {@code 1s}, {@code 0.5s}, {@code 1m}. */
    public String windowText() {
        return window.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return maxOrders + " per " + windowText();
    }
}
