package io.sextant.engine.kernel;

import io.sextant.engine.strategy.Schedule;
import io.sextant.engine.strategy.Timers;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/** One strategy's timers, ordered by due time and then by the order they were set. */
final class TimerService implements Timers {
    private final ClockSource clock;
    private final PriorityQueue<Timer> queue = new PriorityQueue<>();
    private final Map<String, Timer> byName = new HashMap<>();
    private long seq;

    /** Where the timer service reads "now". */
    @FunctionalInterface
    interface ClockSource {
        long now();
    }

    static final class Timer implements Comparable<Timer> {
        final String name;
        final long seq;
        long dueNs;
        final long intervalNs;
        final Schedule schedule;
        boolean cancelled;

        Timer(String name, long seq, long dueNs, long intervalNs, Schedule schedule) {
            this.name = name;
            this.seq = seq;
            this.dueNs = dueNs;
            this.intervalNs = intervalNs;
            this.schedule = schedule;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(dueNs, o.dueNs);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final Runnable changed;

    /** {@code changed} runs whenever the set of timers changes, so the engine can cache the next due time. */
    TimerService(ClockSource clock, Runnable changed) {
        this.clock = clock;
        this.changed = changed;
    }

    @Override
    public void at(String name, long tsNs) {
        add(new Timer(name, seq++, tsNs, 0, null));
    }

    @Override
    public void every(String name, Duration interval) {
        long ns = interval.toNanos();
        if (ns <= 0) {
            throw new IllegalArgumentException("timer interval must be positive, was " + interval);
        }
        add(new Timer(name, seq++, Math.addExact(clock.now(), ns), ns, null));
    }

    @Override
    public void schedule(String name, Schedule schedule) {
        add(new Timer(name, seq++, schedule.nextAfter(clock.now()), 0, schedule));
    }

    private void add(Timer t) {
        if (byName.containsKey(t.name)) {
            throw new IllegalArgumentException("a timer named '" + t.name + "' is already set; cancel it first");
        }
        byName.put(t.name, t);
        queue.add(t);
        changed.run();
    }

    @Override
    public boolean cancel(String name) {
        Timer t = byName.remove(name);
        if (t == null) {
            return false;
        }
        t.cancelled = true;
        queue.remove(t);
        changed.run();
        return true;
    }

    /** The due time of the next timer, or Long.MAX_VALUE. */
    long nextDue() {
        Timer t = queue.peek();
        return t == null ? Long.MAX_VALUE : t.dueNs;
    }

    /** Removes and returns the next timer if due at or before {@code ts}, rescheduling repeating ones. */
    Timer pollDue(long ts) {
        Timer t = queue.peek();
        if (t == null || t.dueNs > ts) {
            return null;
        }
        queue.poll();
        changed.run();
        long due = t.dueNs;
        if (t.intervalNs > 0 || t.schedule != null) {
            Timer next = new Timer(t.name, seq++, t.intervalNs > 0 ? due + t.intervalNs : t.schedule.nextAfter(due),
                    t.intervalNs, t.schedule);
            byName.put(t.name, next);
            queue.add(next);
        } else {
            byName.remove(t.name);
        }
        return new Timer(t.name, t.seq, due, 0, null);
    }
}
