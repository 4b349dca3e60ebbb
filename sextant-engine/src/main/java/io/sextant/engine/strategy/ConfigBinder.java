package io.sextant.engine.strategy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code key=value} text onto a configuration record: each key names a record component, and
 * the value is parsed as the component's type (int, long, double, boolean, String, BigDecimal or an
 * enum). Unknown keys and unparsable values fail with a message that lists the valid parameters.
 */
public final class ConfigBinder {
    private ConfigBinder() {
    }

    /** The parameters of a config record, name to type and default, in declaration order. */
    public static Map<String, String> describe(Record defaults) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : defaults.getClass().getRecordComponents()) {
            out.put(c.getName(), typeName(c.getType()) + " = " + value(c, defaults));
        }
        return out;
    }

    /** The config's values by name, for writing into a result bundle. */
    public static Map<String, Object> values(Record config) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : config.getClass().getRecordComponents()) {
            Object v = value(c, config);
            out.put(c.getName(), v instanceof Enum<?> e ? e.name() : v);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static <C extends Record> C bind(C defaults, Map<String, String> params, String strategyName) {
        RecordComponent[] components = defaults.getClass().getRecordComponents();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            byName.put(c.getName(), c);
        }
        for (String key : params.keySet()) {
            if (!byName.containsKey(key)) {
                throw new IllegalArgumentException("strategy " + strategyName + " has no parameter '" + key
                        + "'; valid parameters: " + listing(defaults));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String text = params.get(c.getName());
            args[i] = text == null ? value(c, defaults) : parse(c, text, strategyName);
        }
        try {
            Constructor<?> ctor = defaults.getClass().getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return (C) ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) {
                throw new IllegalArgumentException("strategy " + strategyName + ": " + iae.getMessage(), iae);
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + defaults.getClass().getName(), e);
        }
    }

    private static String listing(Record defaults) {
        List<String> parts = new ArrayList<>();
        describe(defaults).forEach((k, v) -> parts.add(k + " (" + v + ")"));
        return String.join(", ", parts);
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String typeName(Class<?> t) {
        if (t.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object o : t.getEnumConstants()) {
                names.add(((Enum<?>) o).name().toLowerCase(java.util.Locale.ROOT));
            }
            return String.join("|", names);
        }
        if (t == BigDecimal.class) {
            return "decimal";
        }
        return t.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(RecordComponent c, String text, String strategyName) {
        Class<?> t = c.getType();
        String v = text.strip();
        try {
            if (t == int.class || t == Integer.class) {
                return Integer.parseInt(v);
            }
            if (t == long.class || t == Long.class) {
                return Long.parseLong(v);
            }
            if (t == double.class || t == Double.class) {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            }
            if (t == boolean.class || t == Boolean.class) {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw new NumberFormatException();
                }
                return Boolean.parseBoolean(v);
            }
            if (t == BigDecimal.class) {
                return new BigDecimal(v);
            }
            if (t == String.class) {
                return v;
            }
            if (t.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) t, v.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("strategy " + strategyName + ": parameter " + c.getName() + "='" + text
                    + "' is not a valid " + typeName(t), e);
        }
        throw new IllegalStateException("unsupported parameter type " + t + " for " + c.getName());
    }
}
