package dev.psdm.model;

/** The group a collaboration project lives in (usually the customer's group under the PS group). */
public record Group(long id, String name, String fullPath, String webUrl) {
}
