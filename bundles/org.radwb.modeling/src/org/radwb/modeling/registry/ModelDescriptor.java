package org.radwb.modeling.registry;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.api.Task;

/**
 * What the registry knows about a model type before its class is loaded: the declared id, name, description, task
 * and parameters (from the extension's XML), the contributing bundle, and a factory that creates the
 * {@link ModelType} on first use.
 */
public final class ModelDescriptor {

    private final String id;
    private final String name;
    private final String description;
    private final Task task;
    private final List<ParameterSpec> parameters;
    private final String contributor;
    private final Supplier<ModelType> factory;
    private volatile ModelType instance;

    /** A descriptor with a lazy factory. */
    public ModelDescriptor(String id, String name, String description, Task task, List<ParameterSpec> parameters,
            String contributor, Supplier<ModelType> factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.task = Objects.requireNonNull(task, "task");
        this.parameters = List.copyOf(parameters);
        this.contributor = contributor == null ? "" : contributor;
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** A descriptor for an already created model type (programmatic registration). */
    public static ModelDescriptor of(ModelType type, String contributor) {
        ModelDescriptor d = new ModelDescriptor(type.id(), type.name(), type.description(), type.task(), type.parameters(),
                contributor, () -> type);
        d.instance = type;
        return d;
    }

    /** The model type id. */
    public String id() {
        return id;
    }

    /** Display name. */
    public String name() {
        return name;
    }

    /** Description. */
    public String description() {
        return description;
    }

    /** Task. */
    public Task task() {
        return task;
    }

    /** Declared parameters. */
    public List<ParameterSpec> parameters() {
        return parameters;
    }

    /** The contributing bundle's symbolic name (or "programmatic"). */
    public String contributor() {
        return contributor;
    }

    /**
     * The model type, created on first call; checks that the class agrees with the declaration.
     *
     * @throws IllegalStateException if the class cannot be created or declares another id or task
     */
    public ModelType type() {
        ModelType t = instance;
        if (t == null) {
            synchronized (this) {
                if (instance == null) {
                    ModelType created = factory.get();
                    if (!created.id().equals(id) || created.task() != task) {
                        throw new IllegalStateException("model type class " + created.getClass().getName() + " of " + contributor
                                + " reports id '" + created.id() + "' and task " + created.task() + " but is declared as '" + id
                                + "' with task " + task);
                    }
                    List<String> declared = parameters.stream().map(ParameterSpec::name).toList();
                    List<String> actual = created.parameters().stream().map(ParameterSpec::name).toList();
                    if (!declared.equals(actual)) {
                        throw new IllegalStateException("model type '" + id + "' of " + contributor + " declares parameters "
                                + declared + " in plugin.xml but its class accepts " + actual);
                    }
                    instance = created;
                }
                t = instance;
            }
        }
        return t;
    }
}
