package io.sextant.core.order;

/** How long an order stays working. */
public enum TimeInForce {
    /** Good till cancelled. */
    GTC,
    /** Until the end of the trading day it was accepted in (the bar or session that ends the day). */
    DAY,
    /** Immediate or cancel: what can fill on arrival fills, the rest is cancelled. */
    IOC,
    /** Fill or kill: fills completely on arrival or is cancelled. */
    FOK,
    /** Good till date: expires at the order's expire time. */
    GTD
}
