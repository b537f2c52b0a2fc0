package dev.psdm.gitlab.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies and answers as JSON; an answer that is not JSON is a one-line error naming the request. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String body, String what) {
        try {
            return MAPPER.readTree(body == null ? "null" : body);
        } catch (JsonProcessingException e) {
            throw new PublishException("GitLab's answer to " + what + " is not JSON");
        }
    }
}
