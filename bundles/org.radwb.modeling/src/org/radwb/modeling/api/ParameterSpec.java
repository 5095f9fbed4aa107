package org.radwb.modeling.api;

import java.util.List;

/**
 * A parameter a model type accepts, as declared in its extension (or programmatically).
 *
 * @param name key used in {@code --params name=value}
 * @param type value type
 * @param defaultValue value used when the parameter is not given
 * @param description one sentence for users
 * @param choices allowed values for {@link Type#CHOICE} (empty otherwise)
 */
public record ParameterSpec(String name, Type type, String defaultValue, String description, List<String> choices) {

    /** Value types. */
    public enum Type {
        /** a whole number */
        INTEGER,
        /** a real number */
        DOUBLE,
        /** one of {@link ParameterSpec#choices()} */
        CHOICE,
        /** free text */
        STRING
    }

    /** Checks a value; returns it unchanged or throws naming the parameter and what was expected. */
    public String validate(String value) {
        try {
            switch (type) {
                case INTEGER -> Integer.parseInt(value.strip());
                case DOUBLE -> {
                    if (!Double.isFinite(Double.parseDouble(value.strip()))) {
                        throw new NumberFormatException();
                    }
                }
                case CHOICE -> {
                    if (!choices.contains(value.strip())) {
                        throw new IllegalArgumentException("parameter '" + name + "' is '" + value + "', expected one of " + choices);
                    }
                }
                case STRING -> {
                    // any text
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' is '" + value + "', expected "
                    + (type == Type.INTEGER ? "a whole number" : "a number"), e);
        }
        return value.strip();
    }
}
