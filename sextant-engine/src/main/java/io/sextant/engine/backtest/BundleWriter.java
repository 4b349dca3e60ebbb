package io.sextant.engine.backtest;

import io.sextant.core.money.Currency;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.position.PositionEvent;
import io.sextant.core.time.Nanos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a result bundle: a folder of {@code config.json}, {@code orders.csv}, {@code fills.csv},
 * {@code trades.csv}, {@code equity.csv}, {@code positions.csv} and {@code stats.json}.
 *
 * <p>All or nothing: the files are written into a hidden sibling folder which is then moved into
 * place, so a failure leaves no half-written bundle. An existing bundle at the target is replaced; any
 * other non-empty folder there is refused. Deterministic: the same config and result give the same
 * bytes (no wall-clock time; maps sorted or in fixed order; times ISO-8601 UTC; decimals plain text;
 * {@code \n} line ends).
 */
public final class BundleWriter {
    /** The files of a bundle, in the order they are written. */
    public static final List<String> FILES = List.of("config.json", "orders.csv", "fills.csv", "trades.csv",
            "equity.csv", "positions.csv", "stats.json");

    private BundleWriter() {
    }

    /**
     * Writes the bundle of {@code result} into {@code dir}.
     *
     * @throws IOException if it cannot be written, or {@code dir} is a non-empty folder that is not a bundle;
     *                     either way nothing at {@code dir} has changed
     */
    public static void write(Path dir, RunConfig config, BacktestResult result) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        checkTarget(target);
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + name + ".writing-");
        try {
            Map<String, String> files = contents(config, result);
            for (String file : FILES) {
                Files.writeString(staging.resolve(file), files.get(file), StandardCharsets.UTF_8);
            }
            replace(staging, target);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Checks that a bundle may be written to {@code dir}: it does not exist, is empty, or holds an
     * earlier bundle (which will be replaced).
     *
     * @throws IOException naming {@code dir} if it is anything else
     */
    public static void checkTarget(Path dir) throws IOException {
        if (Files.exists(dir) && !isBundleOrEmpty(dir)) {
            throw new IOException(dir.toAbsolutePath().normalize() + " exists and is not a result bundle (it has no "
                    + "config.json); choose another output folder");
        }
    }

    /** The text of each bundle file, by file name. */
    static Map<String, String> contents(RunConfig config, BacktestResult result) {
        Currency base = result.equity().currency();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("config.json", BundleJson.write(config));
        files.put("orders.csv", orders(result));
        files.put("fills.csv", fills(result.fills()));
        files.put("trades.csv", trades(result.trades()));
        files.put("equity.csv", equity(result.equity()));
        files.put("positions.csv", positions(result.positions()));
        Map<String, Object> stats = new LinkedHashMap<>(StatsReport.values(result.stats(), base));
        stats.put("conventions", StatsReport.conventions());
        files.put("stats.json", BundleJson.write(stats));
        return files;
    }

    private static String orders(BacktestResult result) {
        StringBuilder b = new StringBuilder(CsvRow.header("id", "time", "symbol", "side", "type", "quantity", "price",
                "trigger", "tif", "status", "filled", "avg_price", "reason"));
        for (Order o : result.orders()) {
            BigDecimal avg = o.averagePrice();
            b.append(new CsvRow().add(o.id().value()).add(time(o.tsInit())).add(o.instrumentId().symbol().value())
                    .add(o.side()).add(o.type()).add(o.quantity()).add(o.price()).add(o.triggerPrice())
                    .add(o.timeInForce()).add(o.status()).add(o.filledQuantity()).add(avg)
                    .add(result.reasons().get(o.id().value())));
        }
        return b.toString();
    }

    private static String fills(List<OrderFilled> fills) {
        StringBuilder b = new StringBuilder(CsvRow.header("time", "order_id", "trade_id", "symbol", "side", "quantity",
                "price", "fee", "fee_currency", "liquidity"));
        for (OrderFilled f : fills) {
            b.append(new CsvRow().add(time(f.tsEvent())).add(f.clientOrderId().value()).add(f.tradeId().value())
                    .add(f.instrumentId().symbol().value()).add(f.side()).add(f.lastQuantity()).add(f.lastPrice())
                    .add(f.commission().toBigDecimal()).add(f.commission().currency().code()).add(f.liquiditySide()));
        }
        return b.toString();
    }

    private static String trades(List<RoundTrip> trips) {
        StringBuilder b = new StringBuilder(CsvRow.header("entry_time", "exit_time", "symbol", "side", "quantity",
                "entry_price", "exit_price", "gross_pnl", "fees", "net_pnl", "mae", "mfe", "holding_time"));
        for (RoundTrip t : trips) {
            b.append(new CsvRow().add(time(t.entryTime())).add(time(t.exitTime())).add(t.instrumentId().symbol().value())
                    .add(t.side() == io.sextant.core.order.Side.BUY ? "LONG" : "SHORT").add(t.quantity())
                    .add(t.entryPrice()).add(t.exitPrice()).add(t.grossPnl().toBigDecimal()).add(t.fees().toBigDecimal())
                    .add(t.netPnl().toBigDecimal()).add(t.mae().toBigDecimal()).add(t.mfe().toBigDecimal())
                    .add(Duration.ofNanos(t.holdingNs())));
        }
        return b.toString();
    }

    private static String equity(EquityCurve curve) {
        StringBuilder b = new StringBuilder(CsvRow.header("time", "cash", "equity", "invested"));
        int precision = curve.currency().precision();
        for (int i = 0; i < curve.size(); i++) {
            b.append(new CsvRow().add(time(curve.time(i))).add(BigDecimal.valueOf(curve.cashRaw(i), precision))
                    .add(BigDecimal.valueOf(curve.equityRaw(i), precision)).add(curve.invested(i)));
        }
        return b.toString();
    }

    private static String positions(List<PositionEvent> events) {
        StringBuilder b = new StringBuilder(CsvRow.header("time", "symbol", "change", "quantity", "avg_price",
                "realized_pnl"));
        for (PositionEvent p : events) {
            b.append(new CsvRow().add(time(p.tsEvent())).add(p.instrumentId().symbol().value()).add(p.kind())
                    .add(p.signedQuantity()).add(p.averagePrice()).add(p.realizedPnl().toBigDecimal()));
        }
        return b.toString();
    }

    private static String time(long ns) {
        return Nanos.format(ns);
    }

    private static boolean isBundleOrEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.isRegularFile(dir.resolve("config.json"))) {
            return true;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }

    /** Moves {@code staging} to {@code target}, setting an earlier bundle aside first and back on failure. */
    private static void replace(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path aside = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Path old = aside.resolve("bundle");
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        } finally {
            deleteTree(aside);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
