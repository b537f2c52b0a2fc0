/**
 * Not API, except the classes marked {@code @API(status = EXPERIMENTAL)} (derived facts and settings custom DRL may use): the derived facts, derivers and settings of the bundled ceremonies rules, kept beside those rules.
 * Public only because DRL matches them from another package and the engine finds the derivers with
 * ServiceLoader; they change with the rules, in any release. Marked {@code @API(status = INTERNAL)}
 * (apiguardian) for tools that read it.
 */
@API(status = API.Status.INTERNAL)
package dev.psdm.rules.catalog.ceremonies;

import org.apiguardian.api.API;
