package io.sextant.bench.backtest;

import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.engine.strategy.Schedule;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyContext;
import io.sextant.engine.strategy.TimerEvent;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Equal weight over every instrument of the run, rebalanced at each month end (UTC): at the timer,
 * each instrument's target value is {@code equity / N} (1 % each for 100 instruments), and a market
 * order trades {@code (target - current value) / last close} units, truncated toward zero to whole
 * lots (lot 1 assumed, as in the benchmark's equities). Sells are placed before buys so they fill
 * first at the next open. Values are in the quote currency's raw units (cents), prices the last close.
 */
public final class EqualWeightRebalance implements Strategy {
    private StrategyContext ctx;
    private List<Instrument> instruments;

    @Override
    public void onStart(StrategyContext context) {
        this.ctx = context;
        this.instruments = context.data().instruments();
        context.timers().schedule("rebalance", Schedule.monthEnd(ZoneOffset.UTC));
    }

    @Override
    public void onTimer(TimerEvent timer) {
        long equity = ctx.portfolio().equity().raw();
        long target = equity / instruments.size();
        List<OrderRequest> buys = new ArrayList<>();
        for (Instrument i : instruments) {
            double last = ctx.data().lastPrice(i.id());
            if (Double.isNaN(last)) {
                continue;
            }
            long price = Math.round(last * FixedPoint.pow10(i.pricePrecision()));
            long held = ctx.portfolio().position(i.id()).quantityRaw();
            long units = (target - held * price) / price;
            if (units < 0) {
                ctx.orders().submit(OrderRequest.market(i.id(), Side.SELL, OrderQuantity.units(Quantity.of(-units))));
            } else if (units > 0) {
                buys.add(OrderRequest.market(i.id(), Side.BUY, OrderQuantity.units(Quantity.of(units))));
            }
        }
        buys.forEach(ctx.orders()::submit);
    }
}
