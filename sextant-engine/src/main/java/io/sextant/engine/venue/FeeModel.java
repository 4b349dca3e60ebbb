package io.sextant.engine.venue;

import io.sextant.core.money.Money;

/** The fee a venue charges for a fill: positive when paid, in the quote or the base currency. */
@FunctionalInterface
public interface FeeModel {

    FeeModel NONE = in -> Money.zero(in.instrument().spec().quoteCurrency());

    Money fee(FeeInput in);
}
