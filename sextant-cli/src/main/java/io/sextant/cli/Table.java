package io.sextant.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; numeric-looking cells are right-aligned. */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString());
        }
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int n = header.size();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(out, header, width, false);
        for (List<String> r : rows) {
            line(out, r, width, true);
        }
        out.flush();
    }

    private static void line(PrintWriter out, List<String> cells, int[] width, boolean align) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean right = align && c.matches("-?[0-9][0-9,.]*%?");
            String pad = " ".repeat(width[i] - c.length());
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(right ? pad + c : (i == cells.size() - 1 ? c : c + pad));
        }
        out.println(sb.toString().stripTrailing());
    }
}
