package dev.camelrtc.support.call;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.json.Parameters;

/**
 * Which failures of an operation may be retried. Failures that provably never reached the cloud (connect refused,
 * throttling) always may; this rule says whether failures the cloud may have acted on (timeouts after sending, 5xx,
 * internal errors) may too, which is safe only where repeating the call cannot do more than the first call did.
 */
@FunctionalInterface
public interface RetryRule {

    /** Everything transient is retried. */
    RetryRule ANY_TRANSIENT = params -> true;

    /** Only failures that provably never reached the cloud are retried. */
    RetryRule NOT_EXECUTED_ONLY = params -> false;

    /** Whether a failure the cloud may have executed may be retried, for these request parameters. */
    boolean retriesUncertain(ObjectNode params);

    /** Like {@link #ANY_TRANSIENT} when the request carries the parameter by which the cloud deduplicates calls. */
    static RetryRule deduplicatedBy(String parameter) {
        return params -> !Parameters.isMissing(params.get(parameter));
    }
}
