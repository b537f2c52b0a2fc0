package dev.psdm.engine;

import dev.psdm.engine.InvalidRulesException.Problem;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.definition.rule.InternalRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles custom DRL into its own KieBase at run time (classic DRL through drools-mvel:
 * {@code KieFileSystem} + {@code KieBuilder.buildAll()}), reporting Drools' errors with the file
 * names the user gave.
 */
final class CustomRuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(CustomRuleCompiler.class);
    private static final String RESOURCES = "src/main/resources/";
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private CustomRuleCompiler() {
    }

    private static void requireCompiler() {
        ClassLoader loader = PsdmEngine.class.getClassLoader();
        for (String name : COMPILER_CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException(NO_COMPILER, e);
            }
        }
    }

    /** The compiled rules and, for messages about them, which source each rule came from. */
    record Compiled(KieBase kieBase, Map<String, String> sourceByPath, KieContainer container) {

        /**
         * A KieBase of its own (Drools clones the packages the shared one uses) holding only the rules
         * {@code keep} accepts: what an engine restricted to some rules fires, so that a sibling rule
         * that throws, even in its condition, is not evaluated at all.
         */
        KieBase kieBaseOf(Predicate<Rule> keep) {
            KieBase copy = container.newKieBase(null);
            for (KiePackage pkg : copy.getKiePackages()) {
                for (Rule rule : List.copyOf(pkg.getRules())) {
                    if (!keep.test(rule)) {
                        copy.removeRule(pkg.getName(), rule.getName());
                    }
                }
            }
            return copy;
        }

        /** The user's name for the file that declares the rule. */
        String sourceOf(Rule rule) {
            if (rule instanceof InternalRule internal && internal.getResource() != null) {
                String name = sourceByPath.get(internal.getResource().getSourcePath());
                if (name != null) {
                    return name;
                }
            }
            return "custom rules";
        }
    }

    /**
     * Said when custom DRL meets a class path without the DRL compiler (issue 28 item 11): psdm-engine
     * carries only the runtime of the executable model, which the precompiled catalog needs.
     */
    static final String NO_COMPILER = "custom DRL needs the Drools DRL compiler, which is not on the class path: "
            + "add the dependency dev.psdm:psdm-drl (it brings drools-compiler and drools-mvel at psdm's Drools "
            + "version); the bundled rules run without it (docs/embedding.md, \"What it weighs\")";

    /** The classes that show drools-compiler (KieServices' implementation) and drools-mvel are present. */
    private static final List<String> COMPILER_CLASSES = List.of(
            "org.drools.compiler.kie.builder.impl.KieServicesImpl", "org.drools.mvel.builder.MVELDialectConfiguration");

    static Compiled compile(List<DrlSource> sources) {
        long started = System.nanoTime();
        requireCompiler();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A release id of its own, so engines built side by side never replace each other's module
        // in Drools' global KieRepository; removed again below once the KieBase exists.
        ReleaseId releaseId = ks.newReleaseId("dev.psdm.custom", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);

        Map<String, String> sourceByPath = new HashMap<>();
        List<Problem> unreadable = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            DrlSource source = sources.get(k);
            String drl;
            try {
                drl = source.read();
            } catch (IOException | UncheckedIOException e) {
                unreadable.add(new Problem(source.name(), 0, 0, "cannot read: " + describe(e)));
                continue;
            }
            // Drools names resources relative to src/main/resources in messages and on rules, and
            // warns unless the folder matches the DRL's package. The index keeps names unique
            // (team/a.drl and shared/a.drl).
            String path = packageFolder(drl) + k + "-" + source.fileName();
            kfs.write(RESOURCES + path, drl);
            sourceByPath.put(path, source.name());
        }
        if (!unreadable.isEmpty()) {
            throw new InvalidRulesException(unreadable);
        }

        ClassLoader classLoader = PsdmEngine.class.getClassLoader();
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new InvalidRulesException(problems(errors, sourceByPath));
        }
        try {
            KieContainer container = ks.newKieContainer(releaseId, classLoader);
            KieBase kieBase = container.getKieBase();
            LOG.debug("compiled {} custom DRL file(s) in {} ms", sources.size(), (System.nanoTime() - started) / 1_000_000);
            return new Compiled(kieBase, Map.copyOf(sourceByPath), container);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Drools reports one mistake several times: an unknown property as "Unable to Analyse
     * Expression" for the property and again for the constraint, a syntax error followed by
     * "Parser returned a null Package". Keep the first message per file and line.
     */
    private static List<Problem> problems(List<Message> errors, Map<String, String> sourceByPath) {
        Map<String, Problem> firstPerLine = new LinkedHashMap<>();
        for (Message m : errors) {
            if (errors.size() > 1 && NULL_PACKAGE.equals(m.getText())) {
                continue;
            }
            String source = sourceByPath.getOrDefault(m.getPath(), "custom rules");
            firstPerLine.putIfAbsent(source + ":" + m.getLine(), new Problem(source, m.getLine(), m.getColumn(), m.getText()));
        }
        return List.copyOf(firstPerLine.values());
    }

    /** {@code team/rules/} for {@code package team.rules;}, empty for the default package. */
    private static String packageFolder(String drl) {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason(); // the OS's words
        }
        String message = e.getMessage();
        if (e.getClass() == java.io.IOException.class && message != null) {
            return message; // a failed read says the OS's reason ("Input/output error")
        }
        // Other IOExceptions' messages are often just the path: name the exception so the cause is clear.
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
