package dev.psdm.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;

/**
 * A {@code boolean} of the snapshot is a JSON {@code true} or {@code false}, nothing else. Jackson
 * coerces {@code "false"}, {@code 0} and {@code null} to false, and an issue whose {@code confidential}
 * was one of them passed PSDM-CONF-001 though the schema says boolean. A missing field stays false,
 * as the schema allows.
 */
final class StrictBoolean extends StdDeserializer<Boolean> {
    StrictBoolean() {
        super(boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw MismatchedInputException.from(parser, boolean.class,
                "expected true or false but found " + (token == JsonToken.VALUE_STRING ? "a string" : parser.getText()));
    }

    @Override
    public Boolean getNullValue(DeserializationContext context) throws JsonMappingException {
        throw MismatchedInputException.from(context.getParser(), boolean.class, "expected true or false but found null");
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return Boolean.FALSE;
    }
}
