package org.tpidoc.synthetic;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * SplitMix64 (Steele, Lea and Flood 2014), written out so that a seed gives the same numbers on every
 * JVM: {@code java.util.SplittableRandom} does not promise its algorithm. One instance makes one
 * session; it is mutable and never shared between threads.
 */
final class Rng {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** The generator for session {@code index} of the stream seeded {@code seed}. */
    static Rng forSession(long seed, long index) {
        return new Rng(mix(mix(seed) ^ mix(index + GOLDEN_GAMMA)));
    }

    /** The SplitMix64 finaliser: a bijection that scatters nearby inputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A uniform int in {@code [0, bound)}. */
    int below(int bound) {
        checkArgument(bound > 0, "bound must be positive");
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    /** A uniform int in {@code [min, max]}. */
    int between(int min, int max) {
        return min + below(max - min + 1);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return unit() < p;
    }

    /** A uniform double in {@code [0, 1)}. */
    double unit() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** One element, uniformly. */
    <T> T pick(List<T> options) {
        return options.get(below(options.size()));
    }

    /** One element of {@code options}, with probability proportional to {@code weights}. */
    <T> T pick(List<T> options, int... weights) {
        checkArgument(options.size() == weights.length, "one weight per option");
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = below(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return options.get(i);
            }
        }
        throw new AssertionError("unreachable");
    }

    /** One of the decimal {@code options} (written as strings, e.g. {@code "0.5"}), uniformly. */
    BigDecimal decimal(String... options) {
        return new BigDecimal(options[below(options.length)]);
    }

    /** A random version-4 UUID made from this generator's numbers. */
    UUID uuid() {
        long msb = (nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** {@code length} random lower-case hex digits. */
    String hex(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(Character.forDigit(below(16), 16));
        }
        return out.toString();
    }

    /** {@code length} random decimal digits. */
    String digits(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('0' + below(10)));
        }
        return out.toString();
    }
}
