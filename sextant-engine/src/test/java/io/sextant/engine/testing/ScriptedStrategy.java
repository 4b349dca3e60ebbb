package io.sextant.engine.testing;

import io.sextant.core.order.OrderEvent;
import io.sextant.core.position.PositionEvent;
import io.sextant.engine.data.BarEvent;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A test strategy: runs {@code onBar(index, ctx)} for each bar (index counts bars from 0) and records
 * every order and position event it receives, in order.
 */
public final class ScriptedStrategy implements Strategy {
    private final BiConsumer<Integer, StrategyContext> onBar;
    private StrategyContext ctx;
    private int index;
    public final List<OrderEvent> orderEvents = new ArrayList<>();
    public final List<PositionEvent> positionEvents = new ArrayList<>();
    public final List<Long> barTimes = new ArrayList<>();

    public ScriptedStrategy(BiConsumer<Integer, StrategyContext> onBar) {
        this.onBar = onBar;
    }

    @Override
    public void onStart(StrategyContext context) {
        this.ctx = context;
    }

    @Override
    public void onBar(BarEvent bar) {
        barTimes.add(bar.tsEvent());
        onBar.accept(index++, ctx);
    }

    @Override
    public void onOrderEvent(OrderEvent event) {
        orderEvents.add(event);
    }

    @Override
    public void onPositionEvent(PositionEvent event) {
        positionEvents.add(event);
    }

    /** The order events of one kind, in order. */
    public <T extends OrderEvent> List<T> events(Class<T> kind) {
        return orderEvents.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public StrategyContext ctx() {
        return ctx;
    }
}
