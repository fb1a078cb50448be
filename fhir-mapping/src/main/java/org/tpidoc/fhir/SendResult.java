package org.tpidoc.fhir;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.tpidoc.validation.Finding;

/**
 * What became of one transaction bundle sent by {@link FhirSender}. Immutable. Its {@link #toString()}
 * gives counts and status codes only: the issues carry the server's own text, which may quote what was sent.
 *
 * @param outcome accepted, rejected or unreachable
 * @param attempts how many times the bundle was sent, at least 1
 * @param httpStatus the HTTP status of the last answer, 0 when the server never answered
 * @param entries the server's answer per entry, in the bundle's order (empty unless accepted)
 * @param issues the server's OperationOutcome issues, of the whole bundle or of its entries (may be present
 *     when accepted, as warnings)
 */
public record SendResult(Outcome outcome, int attempts, int httpStatus, List<Entry> entries, List<Finding> issues) {

    /** Copies the lists; checks the attempts are at least one and the status not negative. */
    public SendResult {
        Objects.requireNonNull(outcome, "outcome");
        checkArgument(attempts >= 1, "attempts must be at least 1, was %s", attempts);
        checkArgument(httpStatus >= 0, "httpStatus must not be negative, was %s", httpStatus);
        entries = List.copyOf(entries);
        issues = List.copyOf(issues);
    }

    /** How many times the bundle was sent again after the first attempt. */
    public int retries() {
        return attempts - 1;
    }

    /** Whether the server accepted the whole transaction. */
    public boolean isAccepted() {
        return outcome == Outcome.ACCEPTED;
    }

    /** The {@code Type/id} of every resource the server created (status 201), in the bundle's order. */
    public List<String> created() {
        return entries.stream()
                .filter(Entry::isCreated)
                .flatMap(e -> e.resourceId().stream())
                .toList();
    }

    /** The {@code Type/id} of every resource the server already had and updated (status 200), in order. */
    public List<String> updated() {
        return entries.stream()
                .filter(e -> e.status().startsWith("200"))
                .flatMap(e -> e.resourceId().stream())
                .toList();
    }

    /** The outcome, attempts, HTTP status and counts of entries and issues; never the server's text. */
    @Override
    public String toString() {
        return "SendResult[" + outcome + ", attempts=" + attempts + ", httpStatus=" + httpStatus + ", entries="
                + entries.size() + ", issues=" + issues.size() + "]";
    }

    /** What became of a bundle. */
    public enum Outcome {
        /** The server answered 2xx: every entry was stored (a transaction is all or nothing). */
        ACCEPTED,
        /**
         * The server answered with a final error (a 4xx other than 429, or 500, 501…), or with something that
         * is not FHIR; nothing was stored. Sending it again unchanged will not help.
         */
        REJECTED,
        /**
         * No answer on any attempt (connection refused, timeouts), or only "busy" answers (429, 502, 503,
         * 504) until the attempts ran out. Nothing is known to be stored; sending again later may succeed.
         */
        UNREACHABLE
    }

    /**
     * The server's answer for one entry of an accepted transaction ({@code Bundle.entry.response}).
     *
     * @param status the entry's {@code response.status}, e.g. {@code "201 Created"} or {@code "200 OK"}
     * @param location the entry's {@code response.location}, e.g. {@code
     *     "Procedure/5b0c…/_history/1"}, or null when the server gave none
     */
    public record Entry(String status, @Nullable String location) {

        /** Checks the status is present. */
        public Entry {
            Objects.requireNonNull(status, "status");
        }

        /** The stored resource's {@code Type/id/_history/version} as the server gave it, if it did. */
        public Optional<String> locationIfAny() {
            return Optional.ofNullable(location);
        }

        /** Whether the server created the resource ({@code 201}), rather than updating one it had. */
        public boolean isCreated() {
            return status.startsWith("201");
        }

        /**
         * The stored resource's {@code Type/id}, without the server's base or version, read from the
         * location; empty when the server gave no location.
         */
        public Optional<String> resourceId() {
            return locationIfAny().map(IdType::new).map(id -> id.toUnqualifiedVersionless()
                    .getValue());
        }

        /** The stored version from the location ({@code _history/n}), if the server gave one. */
        public Optional<String> version() {
            return locationIfAny()
                    .map(IdType::new)
                    .filter(IdType::hasVersionIdPart)
                    .map(IdType::getVersionIdPart);
        }
    }
}
