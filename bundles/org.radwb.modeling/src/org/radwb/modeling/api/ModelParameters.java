package org.radwb.modeling.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validated parameter values of a model, defaults filled in. */
public final class ModelParameters {

    private final Map<String, String> values;

    private ModelParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Validates {@code given} against the specs: unknown names and bad values are errors that name the parameter.
     */
    public static ModelParameters of(List<ParameterSpec> specs, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(key))) {
                throw new IllegalArgumentException("unknown parameter '" + key + "'; known parameters are "
                        + specs.stream().map(ParameterSpec::name).toList());
            }
        }
        for (ParameterSpec s : specs) {
            String v = given.containsKey(s.name()) ? given.get(s.name()) : s.defaultValue();
            out.put(s.name(), s.validate(v));
        }
        return new ModelParameters(out);
    }

    /** Parses {@code k=v,k=v} (empty text gives no entries). */
    public static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return m;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("parameter '" + part + "' is not of the form name=value");
            }
            m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return m;
    }

    /** All values in declaration order. */
    public Map<String, String> asMap() {
        return values;
    }

    /** A text value. */
    public String get(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return v;
    }

    /** An integer value. */
    public int getInt(String name) {
        return Integer.parseInt(get(name));
    }

    /** A real value. */
    public double getDouble(String name) {
        return Double.parseDouble(get(name));
    }
}
