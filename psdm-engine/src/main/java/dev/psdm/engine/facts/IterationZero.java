package dev.psdm.engine.facts;

/**
 * Present when the project has an Iteration 0 (handbook: kickoff, stakeholder planning and
 * discovery happen there). Absent otherwise.
 *
 * @param reason how it was recognised: "title matches", "first iteration holds the kickoff/discovery issues"
 */
public record IterationZero(DeliveryIteration iteration, String reason) {
}
