package dev.psdm.rules;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules shipped in this jar, pre-built into Drools' executable model by kie-maven-plugin at
 * build time (no DRL parsing at start-up). Loaded once per class loader and shared by all engines:
 * a KieBase is immutable and thread-safe.
 */
final class BundledRules {
    static final String KIE_BASE = "psdm";
    /** The list of executable-model classes kie-maven-plugin writes for this artifact. */
    private static final String MODEL_LIST = "META-INF/kie/dev.psdm/psdm-rules/drools-model";

    private BundledRules() {
    }

    static KieBase kieBase() {
        return Holder.KIE_BASE_INSTANCE;
    }

    private static final class Holder {
        static final KieBase KIE_BASE_INSTANCE = load();
    }

    /**
     * Builds the KieBase from the model list rather than through {@code getKieClasspathContainer()}: in
     * the CLI's fat jar the first {@code pom.properties} is psdm-cli's, so the classpath container looks
     * for the executable model of the wrong artifact and falls back to compiling every DRL file at
     * start-up (seconds, and MVEL warnings on stderr).
     */
    private static KieBase load() {
        ClassLoader loader = PsdmEngine.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                return KieServices.get().getKieClasspathContainer(loader).getKieBase(KIE_BASE);
            }
            List<Model> models = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.trim();
                if (!name.isEmpty() && !name.startsWith("Drools-Model-Version")) {
                    models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
                }
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the bundled rules' executable model is incomplete: " + e, e);
        }
    }
}
