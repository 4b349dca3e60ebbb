package io.sextant.core.position;

import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.Currency;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Money;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.Side;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A netting position in one instrument: long when the quantity is positive, short when negative.
 *
 * <p>Convention: the cost basis is what the open quantity cost in the quote currency's smallest unit
 * (cents): positive for a long, negative (the proceeds) for a short. Every fill's value is
 * {@code price &times; quantity &times; multiplier} rounded half-even to the currency precision,
 * as a broker books it. Reducing a position takes a pro-rata share of the cost basis (rounded
 * half-even); the last share takes the remainder, so a position that goes back to flat has
 * realized exactly its proceeds minus its costs. Fees are tracked apart and are not in the realized
 * PnL ({@link #realizedPnl()} is gross). Funding, dividends and borrow cost are tracked apart too,
 * each with its sign stated, so realized PnL is the trading PnL only and
 * {@code realized - fees + funding + dividends - borrow} is the position's whole cash effect.
 */
public final class Position {
    private final Instrument instrument;
    private final Currency currency;
    private final int sizePrecision;
    private final int pricePrecision;
    private final long multiplierRaw;
    private final int multiplierPrecision;
    private final boolean unitMultiplier;
    private long quantityRaw;
    private long costRaw;
    private long realizedRaw;
    private long feesRaw;
    private long fundingRaw;
    private long dividendsRaw;
    private long borrowRaw;
    private long otherFeesRaw;
    private long openedNs;
    private long peakQuantityRaw;

    public Position(Instrument instrument) {
        this.instrument = instrument;
        this.currency = instrument.spec().quoteCurrency();
        this.sizePrecision = instrument.sizePrecision();
        this.pricePrecision = instrument.pricePrecision();
        Quantity m = instrument.spec().multiplier();
        this.multiplierRaw = m.raw();
        this.multiplierPrecision = m.precision();
        this.unitMultiplier = m.equals(Quantity.of(1));
    }

    /**
     * The value of {@code qtyRaw} (size precision, signed) at {@code priceRaw} (price precision) in
     * the quote currency's smallest unit, rounded half-even.
     */
    public long valueRaw(long qtyRaw, long priceRaw) {
        if (unitMultiplier) {
            return FixedPoint.multiply(qtyRaw, sizePrecision, priceRaw, pricePrecision, currency.precision(),
                    Rounding.HALF_EVEN);
        }
        BigDecimal exact = BigDecimal.valueOf(qtyRaw, sizePrecision).multiply(BigDecimal.valueOf(priceRaw, pricePrecision))
                .multiply(BigDecimal.valueOf(multiplierRaw, multiplierPrecision));
        return FixedPoint.fromBigDecimal(exact, currency.precision(), Rounding.HALF_EVEN);
    }

    /**
     * Applies a fill and returns the realized PnL it caused (gross, quote-currency raw units).
     *
     * @param side     buy or sell
     * @param qtyRaw   fill quantity at size precision, positive
     * @param priceRaw fill price at price precision
     * @param feeRaw   the fee in quote-currency raw units, positive when paid
     * @param tsNs     fill time
     */
    public long apply(Side side, long qtyRaw, long priceRaw, long feeRaw, long tsNs) {
        long signed = side == Side.BUY ? qtyRaw : -qtyRaw;
        long value = valueRaw(signed, priceRaw);
        feesRaw += feeRaw;
        long realized = 0;
        if (quantityRaw == 0 || Long.signum(quantityRaw) == Long.signum(signed)) {
            if (quantityRaw == 0) {
                openedNs = tsNs;
                peakQuantityRaw = 0;
            }
            quantityRaw += signed;
            costRaw += value;
        } else {
            long open = Math.abs(quantityRaw);
            long closing = Math.min(open, qtyRaw);
            long costShare = closing == open ? costRaw : share(costRaw, closing, open);
            long closingValue = closing == qtyRaw ? value : valueRaw(side == Side.BUY ? closing : -closing, priceRaw);
            // A long sold: proceeds (-closingValue) minus cost. A short bought back: proceeds (-cost) minus outlay.
            realized = -closingValue - costShare;
            costRaw -= costShare;
            quantityRaw += side == Side.BUY ? closing : -closing;
            long flipping = qtyRaw - closing;
            if (flipping > 0) {
                long flipSigned = side == Side.BUY ? flipping : -flipping;
                quantityRaw = flipSigned;
                costRaw = value - closingValue;
                openedNs = tsNs;
                peakQuantityRaw = 0;
            }
            realizedRaw += realized;
        }
        peakQuantityRaw = Math.max(peakQuantityRaw, Math.abs(quantityRaw));
        return realized;
    }

    private static long share(long total, long part, long whole) {
        return FixedPoint.fromBigDecimal(BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128), 0, Rounding.HALF_EVEN);
    }

    /** Unrealized PnL at {@code markRaw} (price precision), quote-currency raw units. */
    public long unrealizedRaw(long markRaw) {
        return quantityRaw == 0 ? 0 : valueRaw(quantityRaw, markRaw) - costRaw;
    }

    /** Market value at {@code markRaw}: signed, quote-currency raw units. */
    public long marketValueRaw(long markRaw) {
        return quantityRaw == 0 ? 0 : valueRaw(quantityRaw, markRaw);
    }

    /**
     * Applies a split of {@code ratio} new shares per old share (7 for a 7-for-1, 0.05 for a 1-for-20
     * reverse split). The quantity is multiplied and floored (toward zero) to the lot; the fractional
     * remainder is settled as cash in lieu at {@code priceRaw} (the post-split price, price precision):
     * a long receives it, a short pays it. The fraction counts as a closing trade: it takes its pro-rata
     * share of the cost basis (half-even) and the difference is realized, so the rest of the cost basis
     * carries over and the average price divides by the ratio.
     *
     * @return the cash in lieu in quote-currency raw units, signed: positive received, negative paid
     */
    public long split(BigDecimal ratio, long priceRaw) {
        if (ratio.signum() <= 0) {
            throw new IllegalArgumentException(instrument.id() + ": split ratio must be positive, was " + ratio);
        }
        if (quantityRaw == 0) {
            return 0;
        }
        BigDecimal exactAbs = BigDecimal.valueOf(Math.abs(quantityRaw), sizePrecision).multiply(ratio);
        long lotsAbs = instrument.floorToLot(Quantity.of(exactAbs.setScale(sizePrecision, java.math.RoundingMode.FLOOR),
                sizePrecision, Rounding.EXACT)).raw();
        BigDecimal fraction = exactAbs.subtract(BigDecimal.valueOf(lotsAbs, sizePrecision));
        int sign = Long.signum(quantityRaw);
        long cashInLieu = sign * FixedPoint.fromBigDecimal(fraction.multiply(BigDecimal.valueOf(priceRaw, pricePrecision))
                .multiply(BigDecimal.valueOf(multiplierRaw, multiplierPrecision)), currency.precision(), Rounding.HALF_EVEN);
        long costShare = lotsAbs == 0 ? costRaw : FixedPoint.fromBigDecimal(BigDecimal.valueOf(costRaw).multiply(fraction)
                .divide(exactAbs, MathContext.DECIMAL128), 0, Rounding.HALF_EVEN);
        costRaw -= costShare;
        long realized = cashInLieu - costShare;
        realizedRaw += realized;
        quantityRaw = sign * lotsAbs;
        peakQuantityRaw = Math.max(peakQuantityRaw, lotsAbs);
        return cashInLieu;
    }

    /**
     * Adds value paid for quantity that was not delivered (a fee taken in the asset bought) to the cost
     * basis of an open position, raising its average price.
     */
    public void adjustCost(long deltaRaw) {
        costRaw += deltaRaw;
    }

    /** Adds trading PnL realized outside {@link #apply} (value paid but not delivered on a buy that covered a short). */
    public void addRealized(long deltaRaw) {
        realizedRaw += deltaRaw;
    }

    /**
     * Records a funding payment booked for this position (quote-currency raw units, signed: positive
     * received, negative paid). Funding is not part of the realized PnL, which stays the trading PnL.
     */
    public void addFunding(long deltaRaw) {
        fundingRaw += deltaRaw;
    }

    /** Records a dividend booked for this position (signed: positive received by a long, negative paid by a short). */
    public void addDividend(long deltaRaw) {
        dividendsRaw += deltaRaw;
    }

    /** Records borrow cost charged on this (short) position, positive when paid. */
    public void addBorrowCost(long paidRaw) {
        borrowRaw += paidRaw;
    }

    /** Records a fee charged in another currency than the quote (e.g. the base asset), in that currency's raw units. */
    public void addOtherCurrencyFee(long raw) {
        otherFeesRaw += raw;
    }

    /** Net funding: positive received, negative paid, quote-currency raw units. */
    public Money funding() {
        return new Money(fundingRaw, currency);
    }

    public long fundingRaw() {
        return fundingRaw;
    }

    /** Net dividends: positive received, negative paid (short), quote-currency raw units. */
    public Money dividends() {
        return new Money(dividendsRaw, currency);
    }

    public long dividendsRaw() {
        return dividendsRaw;
    }

    /** Borrow cost paid, positive, quote-currency raw units. */
    public Money borrowCost() {
        return new Money(borrowRaw, currency);
    }

    public long borrowCostRaw() {
        return borrowRaw;
    }

    /**
     * Fees charged in the instrument's base asset (crypto spot buys with {@code FeeCurrency.BASE}), in
     * that asset's raw units; they reduced the quantity received and are not in {@link #fees()}.
     */
    public long otherCurrencyFeesRaw() {
        return otherFeesRaw;
    }

    public Instrument instrument() {
        return instrument;
    }

    public Currency currency() {
        return currency;
    }

    /** Signed quantity at the instrument's size precision. */
    public long quantityRaw() {
        return quantityRaw;
    }

    /** The absolute quantity. */
    public Quantity quantity() {
        return new Quantity(Math.abs(quantityRaw), sizePrecision);
    }

    public boolean isFlat() {
        return quantityRaw == 0;
    }

    public boolean isLong() {
        return quantityRaw > 0;
    }

    public boolean isShort() {
        return quantityRaw < 0;
    }

    /** Cost basis, signed, quote-currency raw units. */
    public long costRaw() {
        return costRaw;
    }

    /** The average entry price (cost / (quantity &times; multiplier)); null when flat. */
    public BigDecimal averagePrice() {
        if (quantityRaw == 0) {
            return null;
        }
        BigDecimal units = BigDecimal.valueOf(quantityRaw, sizePrecision)
                .multiply(BigDecimal.valueOf(multiplierRaw, multiplierPrecision));
        return BigDecimal.valueOf(costRaw, currency.precision()).divide(units, MathContext.DECIMAL64);
    }

    public Money realizedPnl() {
        return new Money(realizedRaw, currency);
    }

    public long realizedRaw() {
        return realizedRaw;
    }

    public Money fees() {
        return new Money(feesRaw, currency);
    }

    public long feesRaw() {
        return feesRaw;
    }

    /** When the current position (since it was last flat or flipped) opened. */
    public long openedNs() {
        return openedNs;
    }

    @Override
    public String toString() {
        return instrument.id() + " " + (quantityRaw < 0 ? "-" : "") + quantity() + " avg " + averagePrice()
                + " realized " + realizedPnl();
    }
}
