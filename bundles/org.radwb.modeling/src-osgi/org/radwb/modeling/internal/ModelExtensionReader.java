package org.radwb.modeling.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.api.Task;
import org.radwb.modeling.registry.ModelDescriptor;
import org.radwb.modeling.registry.ModelRegistry;

/**
 * Reads the {@code org.radwb.modeling.models} extension point into a {@link ModelRegistry}: one descriptor per
 * {@code <model>} element, built from the XML alone; the class is created on first use. A contribution with a
 * missing or invalid attribute is reported (bundle, element, problem) and skipped; it never stops the others.
 * Kept in its own source folder ({@code src-osgi}) so the numeric code builds and tests as a plain jar.
 */
public final class ModelExtensionReader {

    private ModelExtensionReader() {
    }

    /**
     * Fills {@code registry} from the running extension registry.
     *
     * @return false if no extension registry is running (plain Java), true otherwise
     */
    public static boolean read(ModelRegistry registry) {
        IExtensionRegistry extensions = RegistryFactory.getRegistry();
        if (extensions == null) {
            return false;
        }
        for (IConfigurationElement e : extensions.getConfigurationElementsFor(ModelRegistry.EXTENSION_POINT)) {
            String bundle = e.getContributor().getName();
            try {
                ModelDescriptor d = descriptor(e, bundle);
                if (!registry.register(d)) {
                    registry.reportProblem(bundle + ": <model id=\"" + d.id() + "\"> ignored, the id is already contributed by "
                            + registry.find(d.id()).map(ModelDescriptor::contributor).orElse("?"));
                }
            } catch (IllegalArgumentException ex) {
                registry.reportProblem(bundle + ": <" + e.getName() + " id=\"" + e.getAttribute("id") + "\"> skipped: " + ex.getMessage());
            }
        }
        return true;
    }

    static ModelDescriptor descriptor(IConfigurationElement e, String bundle) {
        if (!"model".equals(e.getName())) {
            throw new IllegalArgumentException("unknown element, expected <model>");
        }
        String id = required(e, "id");
        String name = required(e, "name");
        String taskText = required(e, "task");
        required(e, "class");
        Task task = switch (taskText) {
            case "binary" -> Task.BINARY;
            case "survival" -> Task.SURVIVAL;
            default -> throw new IllegalArgumentException("attribute 'task' is '" + taskText + "', expected binary or survival");
        };
        List<ParameterSpec> params = new ArrayList<>();
        for (IConfigurationElement p : e.getChildren("parameter")) {
            String pname = required(p, "name");
            String type = required(p, "type");
            ParameterSpec.Type t;
            try {
                t = ParameterSpec.Type.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("parameter '" + pname + "' has type '" + type
                        + "', expected integer, double, choice or string", ex);
            }
            String choices = p.getAttribute("choices");
            List<String> choiceList = choices == null ? List.of() : Arrays.stream(choices.split(",")).map(String::strip).toList();
            ParameterSpec spec = new ParameterSpec(pname, t, required(p, "default"), p.getAttribute("description") == null ? ""
                    : p.getAttribute("description"), choiceList);
            spec.validate(spec.defaultValue()); // a bad default is the contributor's error: report it now
            params.add(spec);
        }
        return new ModelDescriptor(id, name, e.getAttribute("description"), task, params, bundle, () -> {
            try {
                Object o = e.createExecutableExtension("class");
                if (!(o instanceof ModelType mt)) {
                    throw new IllegalStateException("class " + e.getAttribute("class") + " of " + bundle + " does not implement "
                            + ModelType.class.getName());
                }
                return mt;
            } catch (CoreException ex) {
                throw new IllegalStateException("cannot create model type " + e.getAttribute("class") + " of " + bundle + ": "
                        + ex.getMessage(), ex);
            }
        });
    }

    private static String required(IConfigurationElement e, String attribute) {
        String v = e.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing attribute '" + attribute + "'");
        }
        return v.strip();
    }
}
