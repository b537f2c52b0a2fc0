package dev.psdm.engine;

import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.core.impl.RuleBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The precompiled rule catalogs on the class path (psdm-rules' bundled catalog, and any catalog a team
 * builds the same way), pre-built into Drools' executable model by kie-maven-plugin at build time.
 * Loaded once per class loader and shared by all engines: a KieBase is immutable and thread-safe.
 *
 * <p>A catalog announces itself with a {@value #CATALOG_FILE} file naming the model index that
 * kie-maven-plugin writes for its jar ({@code META-INF/kie/<groupId>/<artifactId>/drools-model}); the
 * KieBase is created straight from the generated model classes listed there. Measured on the fat jar
 * (2 cores): ~0.35 s, against ~2.6 s through {@code KieServices.getKieClasspathContainer()}, which scans
 * the class path for kmodule.xml files and, finding the DRL sources beside the model, compiled them again.
 *
 * <p>Conventions that switch rules off get a KieBase without them ({@link #kieBaseWithout}), built
 * once per set of switched-off rules: a rule in the KieBase costs its matching even when an agenda
 * filter keeps it from firing, and its fact types would be derived and inserted for nothing.
 */
final class BundledRules {
    /** The file by which a jar declares itself a precompiled psdm catalog. */
    static final String CATALOG_FILE = "META-INF/psdm/catalog.properties";
    /** The key of {@value #CATALOG_FILE} naming the catalog's executable-model index. */
    static final String MODEL_INDEX_KEY = "model-index";

    /** Said on every attempt to use the bundled rules without them (issue 28 item 5). */
    static final String NO_CATALOG = "no rule catalog on the class path (no " + CATALOG_FILE + "): add the dependency "
            + "dev.psdm:psdm-rules, which holds the bundled rules (psdm-engine and psdm-assertj do not: "
            + "docs/embedding.md shows both set-ups)";

    private static final Map<Set<String>, KieBase> WITHOUT = new ConcurrentHashMap<>();

    private BundledRules() {
    }

    /**
     * The catalogs' KieBase, built on first use. Not a class-holder idiom: when no catalog is on the class
     * path every call throws the same {@link IllegalStateException} naming the missing dependency, where a
     * failed static initializer would throw ExceptionInInitializerError once and NoClassDefFoundError after.
     */
    static KieBase kieBase() {
        return loaded().kieBase();
    }

    private record Loaded(List<Model> models, KieBase kieBase) {
    }

    private static volatile @Nullable Loaded loaded;

    private static Loaded loaded() {
        Loaded value = loaded;
        if (value == null) {
            synchronized (BundledRules.class) {
                value = loaded;
                if (value == null) {
                    List<Model> models = loadModels();
                    value = new Loaded(models, KieBaseBuilder.createKieBaseFromModel(models, configuration()));
                    loaded = value;
                }
            }
        }
        return value;
    }

    /** The bundled rules but those with these {@code @id}s (each clause of such a rule included). */
    static KieBase kieBaseWithout(Set<String> ruleIds) {
        if (ruleIds.isEmpty()) {
            return kieBase();
        }
        return WITHOUT.computeIfAbsent(Set.copyOf(ruleIds), ids -> {
            List<Model> kept = new ArrayList<>();
            for (Model model : loaded().models()) {
                kept.add(new Without(model, ids));
            }
            return KieBaseBuilder.createKieBaseFromModel(kept, configuration());
        });
    }

    /**
     * A default KieBase configuration made by drools-core itself. KieBaseBuilder's own default asks
     * {@code KieServices.get()}, whose implementation lives in drools-compiler, the DRL compiler a user of the
     * precompiled catalog alone need not have (docs/embedding.md, "Without the DRL compiler").
     */
    private static KieBaseConfiguration configuration() {
        return RuleBaseFactory.newKnowledgeBaseConfiguration();
    }

    private static List<Model> loadModels() {
        ClassLoader loader = BundledRules.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        List<URL> catalogs = catalogFiles(loader);
        if (catalogs.isEmpty()) {
            throw new IllegalStateException(NO_CATALOG);
        }
        for (URL catalog : catalogs) {
            String index = modelIndex(catalog);
            try (InputStream in = loader.getResourceAsStream(index)) {
                if (in == null) {
                    throw new IllegalStateException(catalog + " names " + index
                            + ", which is missing: was the catalog built by kie-maven-plugin (packaging kjar)?");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String className = line.trim();
                    if (!className.isEmpty() && !className.startsWith("Drools-Model-Version")) {
                        models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the rule model of " + catalog + ": " + e, e);
            }
        }
        return List.copyOf(models);
    }

    /** Every catalog file on the class path, in a stable order (by URL) so that rule order never depends on it. */
    private static List<URL> catalogFiles(ClassLoader loader) {
        try {
            List<URL> urls = new ArrayList<>(Collections.list(loader.getResources(CATALOG_FILE)));
            urls.sort(Comparator.comparing(URL::toString));
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String modelIndex(URL catalog) {
        Properties properties = new Properties();
        try (InputStream in = catalog.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + catalog, e);
        }
        String index = properties.getProperty(MODEL_INDEX_KEY);
        if (index == null || index.isBlank()) {
            throw new IllegalStateException(catalog + ": no " + MODEL_INDEX_KEY + " (the path of the catalog's "
                    + "drools-model index, e.g. META-INF/kie/<groupId>/<artifactId>/drools-model)");
        }
        return index.strip();
    }

    /** A package of the model without the rules of some ids; globals, types and queries as they are. */
    private record Without(Model model, Set<String> ruleIds) implements Model {
        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public String getPackageName() {
            return model.getPackageName();
        }

        @Override
        public List<Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<Rule> getRules() {
            List<Rule> rules = new ArrayList<>();
            for (Rule rule : model.getRules()) {
                Object id = rule.getMetaData().get("id");
                if (id == null || !ruleIds.contains(RuleMetadata.unquote(id))) {
                    rules.add(rule);
                }
            }
            return rules;
        }

        @Override
        public List<Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }
}
