package org.radwb.modeling.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radwb.modeling.api.ModelType;
import org.radwb.modeling.api.ParameterSpec;
import org.radwb.modeling.api.Task;
import org.radwb.modeling.models.LogisticType;

/**
 * The default registry (from plugin.xml under OSGi, the built-ins as a plain jar) and programmatic registration.
 * Under Tycho this checks every built-in declaration in plugin.xml against its class.
 */
class ModelRegistryTest {

    @Test
    void defaultRegistryHoldsTheBuiltInsAndTheirDeclarationsMatchTheClasses() {
        ModelRegistry r = ModelRegistry.getDefault();
        List<String> ids = r.all().stream().map(ModelDescriptor::id).toList();
        assertTrue(ids.containsAll(List.of("lasso-logistic", "logistic", "random-forest", "linear-svm", "cox-elasticnet")), ids.toString());
        for (ModelDescriptor d : r.all()) {
            ModelType t = d.type(); // throws if id, task or parameters differ from the declaration
            assertEquals(d.id(), t.id());
            assertEquals(d.parameters().stream().map(ParameterSpec::defaultValue).toList(),
                    t.parameters().stream().map(ParameterSpec::defaultValue).toList(), d.id() + " defaults");
        }
        assertEquals(Task.SURVIVAL, r.find("cox-elasticnet").orElseThrow().task());
        if (extensionRegistryRunning()) {
            // under OSGi the built-ins must come from plugin.xml, exactly like a third party's models
            assertEquals("org.radwb.modeling", r.find("lasso-logistic").orElseThrow().contributor());
        }
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    private static boolean extensionRegistryRunning() {
        try {
            return Class.forName("org.eclipse.core.runtime.RegistryFactory").getMethod("getRegistry").invoke(null) != null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    @Test
    void duplicatesAreRefusedAndDeclarationsAreChecked() {
        ModelRegistry r = ModelRegistry.withBuiltIns();
        assertFalse(r.register(new LogisticType()), "an id that is taken is refused");
        ModelDescriptor wrong = new ModelDescriptor("not-logistic", "x", "", Task.BINARY, List.of(), "test", LogisticType::new);
        assertTrue(r.register(wrong));
        IllegalStateException e = assertThrows(IllegalStateException.class, wrong::type);
        assertTrue(e.getMessage().contains("reports id 'logistic'"), e.getMessage());
        assertTrue(r.unregister("not-logistic"));
        assertThrows(IllegalArgumentException.class, () -> r.get("not-logistic"));
    }
}
