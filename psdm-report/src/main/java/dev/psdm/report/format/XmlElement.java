package dev.psdm.report.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An element of the JUnit XML the writers produce: built as a tree so that one project's
 * {@code <testsuite>} is the same object in the single-project file and in the portfolio file, and
 * written one element a line with two spaces of indent per level. Text is either the element's
 * content or absent, never mixed with children.
 */
final class XmlElement {
    private record Attribute(String name, String value) {
    }

    private final String name;
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<XmlElement> children = new ArrayList<>();
    private @Nullable String text;

    XmlElement(String name) {
        this.name = name;
    }

    /** Adds an attribute (null is written empty); they are written in the order added ({@link XmlStyle#AS_BUILT}). */
    XmlElement attribute(String attributeName, @Nullable Object value) {
        attributes.add(new Attribute(attributeName, value == null ? "" : String.valueOf(value)));
        return this;
    }

    /** Adds a child element and returns the child. */
    XmlElement child(String childName) {
        XmlElement child = new XmlElement(childName);
        children.add(child);
        return child;
    }

    /** The element's text content (null for none). */
    XmlElement text(@Nullable String value) {
        this.text = value;
        return this;
    }

    /** Appends the element and its subtree at this nesting depth, each line ending in {@code \n}. */
    void write(StringBuilder out, int depth, XmlStyle style) {
        String indent = "  ".repeat(depth);
        out.append(indent).append('<').append(name);
        List<Attribute> ordered = attributes;
        if (style.sortsAttributes()) {
            ordered = new ArrayList<>(attributes);
            ordered.sort(Comparator.comparing(Attribute::name));
        }
        for (Attribute a : ordered) {
            out.append(' ').append(a.name()).append("=\"").append(style.attribute(a.value())).append('"');
        }
        @Nullable String content = text == null ? null : style.text(text);
        if (content != null && (!content.isEmpty() || !style.collapsesEmptyText())) {
            out.append('>').append(content).append("</").append(name).append(">\n");
        } else if (children.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append(">\n");
            for (XmlElement child : children) {
                child.write(out, depth + 1, style);
            }
            out.append(indent).append("</").append(name).append(">\n");
        }
    }
}
