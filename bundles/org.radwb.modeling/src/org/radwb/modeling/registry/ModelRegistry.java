package org.radwb.modeling.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.models.CoxElasticNetType;
import org.radwb.modeling.models.LassoLogisticType;
import org.radwb.modeling.models.LogisticType;
import org.radwb.modeling.models.RandomForestType;

/**
 * The model types known to the workbench. Under Eclipse the default registry is filled once, on first use, from
 * the extension point {@code org.radwb.modeling.models} (the built-in models are contributed there too); as a
 * plain jar it holds the built-in models. Tests and headless code can {@link #register} more. Thread-safe.
 */
public final class ModelRegistry {

    private static final Logger LOG = Logger.getLogger(ModelRegistry.class.getName());
    private static volatile ModelRegistry defaultRegistry;
    private static volatile Consumer<ModelRegistry> extensionLoader;

    private final Map<String, ModelDescriptor> byId = new LinkedHashMap<>();

    /** An empty registry. */
    public ModelRegistry() {
    }

    /** A registry holding the four built-in model types. */
    public static ModelRegistry withBuiltIns() {
        ModelRegistry r = new ModelRegistry();
        for (ModelType t : List.of(new LassoLogisticType(), new LogisticType(), new RandomForestType(), new CoxElasticNetType())) {
            r.register(ModelDescriptor.of(t, "org.radwb.modeling"));
        }
        return r;
    }

    /**
     * The shared registry: filled from the extension registry when running under Eclipse (the bundle's activator
     * installs the loader), otherwise with the built-ins.
     */
    public static ModelRegistry getDefault() {
        ModelRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (ModelRegistry.class) {
                if (defaultRegistry == null) {
                    Consumer<ModelRegistry> loader = extensionLoader;
                    if (loader != null) {
                        ModelRegistry fromExtensions = new ModelRegistry();
                        loader.accept(fromExtensions);
                        defaultRegistry = fromExtensions;
                    } else {
                        defaultRegistry = withBuiltIns();
                    }
                }
                r = defaultRegistry;
            }
        }
        return r;
    }

    /** Installs the function that fills the default registry from extensions (called by the OSGi activator). */
    public static void setExtensionLoader(Consumer<ModelRegistry> loader) {
        synchronized (ModelRegistry.class) {
            extensionLoader = loader;
            defaultRegistry = null;
        }
    }

    /**
     * Adds a model type. A second contribution with an id already present is refused with a log message naming both
     * contributors (the first one wins), so one faulty plug-in cannot replace a built-in model.
     *
     * @return true if added
     */
    public synchronized boolean register(ModelDescriptor d) {
        ModelDescriptor existing = byId.get(d.id());
        if (existing != null) {
            LOG.warning("model type '" + d.id() + "' from " + d.contributor() + " ignored: already contributed by "
                    + existing.contributor());
            return false;
        }
        byId.put(d.id(), d);
        return true;
    }

    /** Adds a model type object (programmatic contribution). */
    public boolean register(ModelType type) {
        return register(ModelDescriptor.of(type, "programmatic"));
    }

    /** Removes a model type (e.g. when its bundle is uninstalled). */
    public synchronized boolean unregister(String id) {
        return byId.remove(id) != null;
    }

    /** All descriptors in registration order. */
    public synchronized List<ModelDescriptor> all() {
        return new ArrayList<>(byId.values());
    }

    /** The descriptor with that id. */
    public synchronized Optional<ModelDescriptor> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The model type with that id.
     *
     * @throws IllegalArgumentException naming the known ids if there is none
     */
    public ModelType get(String id) {
        return find(id).map(ModelDescriptor::type).orElseThrow(() -> new IllegalArgumentException(
                "unknown model '" + id + "'; known models are " + ids(all())));
    }

    private static List<String> ids(Collection<ModelDescriptor> ds) {
        return ds.stream().map(ModelDescriptor::id).toList();
    }
}
