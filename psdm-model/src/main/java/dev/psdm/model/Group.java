package dev.psdm.model;

import org.jspecify.annotations.Nullable;

/** The group a collaboration project lives in (usually the customer's group under the PS group). */
public record Group(long id, @Nullable String name, @Nullable String fullPath, @Nullable String webUrl) {
}
