package io.sextant.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sextant.data.catalog.CatalogJson;

import java.io.PrintWriter;

/** Prints command results as JSON for scripts (the same conventions as the catalog files). */
final class Json {
    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(CatalogJson.mapper().writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
