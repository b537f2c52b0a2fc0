package dev.psdm.report.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML pages' shared head: the stylesheet (one for the project page and the portfolio page) and the
 * Content-Security-Policy that lets only that stylesheet act (issue 27 item 6). The policy names the
 * stylesheet by its SHA-256 hash, so nothing else can style, run or load: no script, no image, no font, no
 * form, no frame, even if a piece of GitLab text ever slipped through {@link Escape}. The page needs none of
 * them: it is one self-contained file read from a CI artifact or a mail attachment.
 */
final class HtmlStyle {
    /** The stylesheet, kept as a CSS file beside this class so that it reads (and diffs) as CSS. */
    static final String CSS = load("report.css");

    /** What the {@code <style>} element holds, byte for byte (the hash covers exactly this). */
    private static final String CONTENT = "\n" + CSS;

    /** Every source closed but the stylesheet, which its hash admits. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CONTENT)
            + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private HtmlStyle() {
    }

    /** The page's {@code <style>} element. */
    static String element() {
        return "<style>" + CONTENT + "</style>";
    }

    /**
     * {@code <!DOCTYPE html>} to {@code </head>}: charset, the policy, viewport, title (escaped) and, when
     * {@code styled}, the stylesheet (a portfolio page without any project read has none).
     */
    static String head(String title, boolean styled) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Escape.xml(title) + "</title>\n" + (styled ? element() + "\n" : "") + "</head>\n";
    }

    private static String load(String name) {
        try (var in = HtmlStyle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name + " beside " + HtmlStyle.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
