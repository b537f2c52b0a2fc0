package dev.psdm.model;

/** The snapshot declares a schema version this library does not read. */
public class UnsupportedSchemaException extends IllegalArgumentException {
    public UnsupportedSchemaException(String message) {
        super(message);
    }
}
