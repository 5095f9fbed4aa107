package org.radwb.modeling.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.models.CoxElasticNetType;
import org.radwb.modeling.models.LassoLogisticType;
import org.radwb.modeling.models.LogisticType;
import org.radwb.modeling.models.RandomForestType;
import org.radwb.modeling.svm.LinearSvmType;

/**
 * The model types known to the workbench (Trace Compass / EMF registry style): descriptors read once from the
 * extension point, plus programmatic {@link #register} for tests, scripts and headless code. Thread-safe.
 */
public final class ModelRegistry {

    private static final Logger LOG = Logger.getLogger(ModelRegistry.class.getName());
    private static volatile ModelRegistry defaultRegistry;
    private static final String EXTENSION_READER = "org.radwb.modeling.internal.ModelExtensionReader";

    /** The extension point id. */
    public static final String EXTENSION_POINT = "org.radwb.modeling.models";

    private final Map<String, ModelDescriptor> byId = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** An empty registry. */
    public ModelRegistry() {
    }

    /** A registry holding the built-in model types. */
    public static ModelRegistry withBuiltIns() {
        ModelRegistry r = new ModelRegistry();
        for (ModelType t : List.of(new LassoLogisticType(), new LogisticType(), new RandomForestType(), new LinearSvmType(),
                new CoxElasticNetType())) {
            r.register(ModelDescriptor.of(t, "built-in (no extension registry)"));
        }
        return r;
    }

    /**
     * The shared registry, filled once on first use: under Eclipse from the extension point
     * {@code org.radwb.modeling.models} (built-ins included, they are contributed there); as a plain jar, where
     * no extension registry runs, with the built-in models.
     */
    public static ModelRegistry getDefault() {
        ModelRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (ModelRegistry.class) {
                if (defaultRegistry == null) {
                    ModelRegistry fromExtensions = new ModelRegistry();
                    defaultRegistry = readExtensions(fromExtensions) ? fromExtensions : withBuiltIns();
                }
                r = defaultRegistry;
            }
        }
        return r;
    }

    /** Calls the OSGi-only reader by reflection so that this class still loads without Eclipse on the class path. */
    private static boolean readExtensions(ModelRegistry target) {
        try {
            Class<?> reader = Class.forName(EXTENSION_READER, true, ModelRegistry.class.getClassLoader());
            return (Boolean) reader.getMethod("read", ModelRegistry.class).invoke(null, target);
        } catch (ClassNotFoundException | LinkageError e) {
            return false; // plain jar: no extension registry
        } catch (ReflectiveOperationException e) {
            LOG.warning("could not read the model extensions: " + e.getCause());
            return false;
        }
    }

    /** A problem found while reading a contribution; the contribution was skipped. */
    public synchronized void reportProblem(String problem) {
        problems.add(problem);
        LOG.warning(problem);
    }

    /** Problems found while reading contributions, for {@code radwb model list} and the error log. */
    public synchronized List<String> problems() {
        return new ArrayList<>(problems);
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
