package org.radwb.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command arguments: options {@code --key value}, flags {@code --flag} and positional arguments.
 * An option is a flag when the next argument starts with {@code --} or there is none. Every option must be
 * read (or declared known) before {@link #checkAllUsed()}, so a misspelt option is an error, not ignored.
 *
 * @since 0.1.0
 */
public final class Args {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> used = new java.util.HashSet<>();

    private Args() {
    }

    /** Parses the arguments of a command. */
    public static Args parse(List<String> args) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (s.startsWith("--") && s.length() > 2) {
                String key = s;
                String value = null;
                int eq = s.indexOf('=');
                if (eq > 0) {
                    key = s.substring(0, eq);
                    value = s.substring(eq + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                }
                if (a.options.containsKey(key)) {
                    throw new UsageException("option " + key + " is given twice");
                }
                a.options.put(key, value);
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    /** @return the value of a required option */
    public String required(String key) throws UsageException {
        used.add(key);
        String v = options.get(key);
        if (v == null || v.isEmpty()) {
            throw new UsageException(options.containsKey(key) ? "option " + key + " needs a value" : "missing option " + key);
        }
        return v;
    }

    /** @return the value of an optional option, or null */
    public String optional(String key) throws UsageException {
        used.add(key);
        if (options.containsKey(key) && options.get(key) == null) {
            throw new UsageException("option " + key + " needs a value");
        }
        return options.get(key);
    }

    /** @return the value of an optional option, or the default */
    public String optional(String key, String defaultValue) throws UsageException {
        String v = optional(key);
        return v == null ? defaultValue : v;
    }

    /** @return true if the flag is present */
    public boolean flag(String key) throws UsageException {
        used.add(key);
        if (options.containsKey(key) && options.get(key) != null) {
            throw new UsageException("option " + key + " takes no value (got '" + options.get(key) + "')");
        }
        return options.containsKey(key);
    }

    /** @return an integer option, or the default */
    public int intOr(String key, int defaultValue) throws UsageException {
        String v = optional(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option " + key + " expects a whole number, got '" + v + "'");
        }
    }

    /** @return a decimal option, or the default */
    public double doubleOr(String key, double defaultValue) throws UsageException {
        String v = optional(key);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option " + key + " expects a number, got '" + v + "'");
        }
    }

    /** @return the positional arguments */
    public List<String> positional() {
        return Collections.unmodifiableList(positional);
    }

    /** Fails on options that no accessor asked for (typically a typo). */
    public void checkAllUsed() throws UsageException {
        for (String k : options.keySet()) {
            if (!used.contains(k)) {
                throw new UsageException("unknown option " + k);
            }
        }
    }
}
