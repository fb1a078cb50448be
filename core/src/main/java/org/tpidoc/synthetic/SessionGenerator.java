package org.tpidoc.synthetic;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.InjectionSession;

/**
 * A seeded generator of realistic sessions (DESIGN §1: tests, benchmarks, demos). Session {@code i}
 * depends only on the seed, {@code i} and the configuration, so the same seed always gives the same
 * sessions (ids included: they come from the seeded numbers, never from {@code UUID.randomUUID()}),
 * sessions can be made in any order or in parallel, and a million of them stream lazily without being
 * held in memory.
 *
 * <p>By default every session passes {@code SessionValidator.standard()} with no finding at all:
 * scenarios across the catalogue ({@link Scenario}), 1–6 sites, weights 45–120 kg, consent before the
 * time-out before the start, pain scored before and after, indications from terminology.md, consent
 * risks as the default consent policy requires, doses within 80% of the default limits and 0.5–2 mL
 * per point, never more than was drawn up, never a muscle and a part of it on one side, and, for
 * botulinum toxin, the units of the previous 90 days recorded (mostly none). {@link #withDefects} makes each session carry exactly one {@link Defect} instead.
 *
 * <p>Immutable and thread-safe: {@code with...} returns a new generator. The {@link Iterator}s it hands
 * out are not thread-safe; use one per thread, or {@link #session(long)} from many.
 */
public final class SessionGenerator implements Iterable<InjectionSession> {

    private final long seed;
    private final Set<Scenario> scenarios;
    private final List<Defect> defects;
    private final List<Spec> defectSpecs;
    private final Spec validSpec;

    private SessionGenerator(long seed, Set<Scenario> scenarios, List<Defect> defects) {
        checkArgument(!scenarios.isEmpty(), "at least one scenario is needed");
        this.seed = seed;
        this.scenarios = Set.copyOf(scenarios);
        this.defects = List.copyOf(defects);
        this.defectSpecs =
                this.defects.stream().map(d -> Defects.spec(d, scenarios)).toList();
        for (int i = 0; i < defectSpecs.size(); i++) {
            checkArgument(
                    !defectSpecs.get(i).scenarios().isEmpty(),
                    "defect %s cannot be planted in sessions of the scenarios %s",
                    this.defects.get(i),
                    scenarios);
        }
        this.validSpec = Spec.valid(scenarios);
    }

    /** A generator of valid sessions of every scenario, seeded with {@code seed}. */
    public static SessionGenerator seeded(long seed) {
        return new SessionGenerator(seed, EnumSet.allOf(Scenario.class), List.of());
    }

    /**
     * This generator making only sessions of {@code only}, in their relative weights.
     *
     * @throws IllegalArgumentException if none is given, or a configured defect cannot be planted in them
     */
    public SessionGenerator withScenarios(Scenario... only) {
        return withScenarios(List.of(only));
    }

    /** As {@link #withScenarios(Scenario...)}. */
    public SessionGenerator withScenarios(Collection<Scenario> only) {
        checkArgument(!only.isEmpty(), "at least one scenario is needed");
        return new SessionGenerator(seed, EnumSet.copyOf(only), defects);
    }

    /**
     * This generator planting exactly one defect in every session, drawn evenly from {@code chosen}
     * (by the seeded numbers); {@link GeneratedSession#defect()} tells which. No defect given means
     * valid sessions again.
     *
     * @throws IllegalArgumentException if a defect cannot be planted in sessions of the configured scenarios
     */
    public SessionGenerator withDefects(Defect... chosen) {
        return withDefects(List.of(chosen));
    }

    /** As {@link #withDefects(Defect...)}. */
    public SessionGenerator withDefects(Collection<Defect> chosen) {
        return new SessionGenerator(seed, scenarios, List.copyOf(EnumSet.copyOf(chosenOrNone(chosen))));
    }

    private static Collection<Defect> chosenOrNone(Collection<Defect> chosen) {
        return chosen.isEmpty() ? EnumSet.noneOf(Defect.class) : chosen;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The scenarios sessions are drawn from. */
    public Set<Scenario> scenarios() {
        return scenarios;
    }

    /** The defects planted, in enum order; empty for valid sessions. */
    public List<Defect> defects() {
        return defects;
    }

    /** Session {@code index} (0 or more) of this generator's sequence, with its defect if any. */
    public GeneratedSession generate(long index) {
        checkArgument(index >= 0, "index must not be negative, was %s", index);
        Rng rng = Rng.forSession(seed, index);
        if (defects.isEmpty()) {
            return new GeneratedSession(index, SessionFactory.create(rng, validSpec), null);
        }
        int which = rng.below(defects.size());
        Defect defect = defects.get(which);
        InjectionSession valid = SessionFactory.create(rng, defectSpecs.get(which));
        return new GeneratedSession(index, Defects.plant(defect, valid, rng), defect);
    }

    /** Session {@code index} of this generator's sequence. */
    public InjectionSession session(long index) {
        return generate(index).session();
    }

    /** The first {@code count} sessions, made now. */
    public List<InjectionSession> list(int count) {
        checkArgument(count >= 0, "count must not be negative");
        return stream(count).toList();
    }

    /** The first {@code count} sessions, made lazily as the stream is consumed (in parallel if asked). */
    public Stream<InjectionSession> stream(long count) {
        return generated(count).map(GeneratedSession::session);
    }

    /** The whole (practically endless) sequence, lazily; limit it. */
    public Stream<InjectionSession> stream() {
        return stream(Long.MAX_VALUE);
    }

    /** The first {@code count} generated sessions with their defects, lazily. */
    public Stream<GeneratedSession> generated(long count) {
        checkArgument(count >= 0, "count must not be negative");
        return LongStream.range(0, count).mapToObj(this::generate);
    }

    /** An iterator over the sequence from session 0: {@code next()} makes the next session. Not thread-safe. */
    @Override
    public Iterator<InjectionSession> iterator() {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < Long.MAX_VALUE;
            }

            @Override
            public InjectionSession next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return session(next++);
            }
        };
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SessionGenerator g
                && g.seed == seed
                && g.scenarios.equals(scenarios)
                && g.defects.equals(defects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, scenarios, defects);
    }

    @Override
    public String toString() {
        return "SessionGenerator[seed=" + seed + ", scenarios=" + scenarios + ", defects=" + defects + "]";
    }
}
