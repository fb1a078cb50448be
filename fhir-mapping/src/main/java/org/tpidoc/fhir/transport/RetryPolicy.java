package org.tpidoc.fhir.transport;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When to send a request again, and how long to wait first: at most {@code maxAttempts} attempts; an
 * overloaded or unavailable server (HTTP 429, 502, 503, 504) or a connection failure is retried, any other
 * answer is final. The wait before retry {@code n} (1 for the second attempt) is the server's {@code
 * Retry-After} if it gave one, else a uniformly random duration between zero and {@code baseBackoff × 2^(n-1)}
 * ("full jitter", so that many clients do not retry in step); either is capped at {@code maxBackoff}.
 *
 * @param maxAttempts attempts in all, at least 1 (1: never retry)
 * @param baseBackoff the upper bound of the first random wait, not negative
 * @param maxBackoff the longest wait, including a server's {@code Retry-After}; not shorter than the base
 */
public record RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff) {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

    /** Checks the attempts are at least one and the durations not negative, the cap not below the base. */
    public RetryPolicy {
        checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1, was %s", maxAttempts);
        Objects.requireNonNull(baseBackoff, "baseBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        checkArgument(!baseBackoff.isNegative(), "baseBackoff must not be negative, was %s", baseBackoff);
        checkArgument(
                maxBackoff.compareTo(baseBackoff) >= 0,
                "maxBackoff (%s) must not be shorter than baseBackoff (%s)",
                maxBackoff,
                baseBackoff);
    }

    /** Whether an answer with this HTTP status is worth another attempt: 429, 502, 503 or 504. */
    public static boolean isRetryable(int httpStatus) {
        return RETRYABLE_STATUSES.contains(httpStatus);
    }

    /**
     * The wait before retry {@code retry} (1 for the second attempt).
     *
     * @param retry which retry, from 1
     * @param retryAfter the server's {@code Retry-After}, or null when it gave none
     * @param unit a random number in [0, 1), scaling the exponential bound
     * @return the wait, between zero and {@link #maxBackoff()}
     */
    public Duration wait(int retry, @Nullable Duration retryAfter, double unit) {
        checkArgument(retry >= 1, "retry must be at least 1, was %s", retry);
        checkArgument(unit >= 0 && unit < 1, "unit must be in [0, 1), was %s", unit);
        if (retryAfter != null) {
            return min(retryAfter.isNegative() ? Duration.ZERO : retryAfter, maxBackoff);
        }
        Duration bound = baseBackoff;
        for (int i = 1; i < retry && bound.compareTo(maxBackoff) < 0; i++) {
            bound = bound.multipliedBy(2);
        }
        return Duration.ofNanos((long) (min(bound, maxBackoff).toNanos() * unit));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
