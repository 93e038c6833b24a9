package nl.vptscan;

import org.junit.jupiter.api.DynamicTest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Seeded random inputs for the fuzz tests, and the dynamic tests that run them: one dynamic test per try, named
 * with the seed of its random source.
 * <p>
 * Try {@code i} of every property uses seed {@code base + i}. The base is {@value #DEFAULT_SEED} unless
 * {@code -Dfuzz.seed=N} sets it ({@code -Dfuzz.seed=random} picks a new one per run), and {@code -Dfuzz.tries=N}
 * overrides the number of tries of every property. A failing try is replayed with
 * {@code -Dtest=Class#method -Dfuzz.seed=<its seed> -Dfuzz.tries=1}. Nothing is printed; a failure names the seed
 * and the input.
 */
public final class Fuzz {

    public static final long DEFAULT_SEED = 20_260_601L;
    /** Below this many tries the outcome guard is skipped: a replay of one try cannot show a mix of outcomes. */
    private static final int GUARD_MINIMUM_TRIES = 50;
    private static final int DESCRIPTION_LIMIT = 2000;

    private final SplittableRandom random;

    private Fuzz(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A generator with the given seed, for a test that wants seeded values outside {@link #forAll}. */
    public static Fuzz seeded(long seed) {
        return new Fuzz(seed);
    }

    // ---------------------------------------------------------------------------------------------- running tries

    /** Runs {@code check} on {@code tries} generated values. */
    public static <T> Stream<DynamicTest> forAll(int tries, Function<Fuzz, T> generate, Consumer<T> check) {
        return forAll(tries, generate, value -> {
            check.accept(value);
            return null;
        }, Map.of());
    }

    /**
     * Runs {@code check} on {@code tries} generated values and counts the outcome each returns; a last dynamic test
     * fails unless every outcome in {@code minimumPercent} occurred at least once and in at least that percentage of
     * the tries, so a generator that almost never reaches an outcome is noticed.
     */
    public static <T> Stream<DynamicTest> forAll(int tries, Function<Fuzz, T> generate, Function<T, String> check,
                                                 Map<String, Double> minimumPercent) {
        long base = baseSeed();
        int count = Integer.getInteger("fuzz.tries", tries);
        Map<String, Integer> outcomes = new TreeMap<>();
        Stream<DynamicTest> runs = IntStream.range(0, count).mapToObj(i -> {
            long seed = base + i;
            return dynamicTest("try " + (i + 1) + ", seed " + seed, () -> {
                String outcome = run(seed, generate, check);
                if (outcome != null) {
                    outcomes.merge(outcome, 1, Integer::sum);
                }
            });
        });
        if (minimumPercent.isEmpty()) {
            return runs;
        }
        return Stream.concat(runs, Stream.of(dynamicTest("every outcome is common enough", () -> {
            assumeTrue(count >= GUARD_MINIMUM_TRIES, "too few tries to judge the mix of outcomes");
            minimumPercent.forEach((outcome, minimum) -> {
                int seen = outcomes.getOrDefault(outcome, 0);
                assertTrue(seen > 0 && 100.0 * seen / count >= minimum, () -> "'" + outcome + "' in " + seen + " of "
                        + count + " tries, expected at least " + minimum + "%; all outcomes: " + outcomes);
            });
        })));
    }

    private static <T> String run(long seed, Function<Fuzz, T> generate, Function<T, String> check) {
        T value;
        try {
            value = generate.apply(new Fuzz(seed));
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("seed " + seed + ": generating the input failed: " + e, e);
        }
        try {
            return check.apply(value);
        } catch (RuntimeException | AssertionError e) {
            String description = String.valueOf(value);
            if (description.length() > DESCRIPTION_LIMIT) {
                description = description.substring(0, DESCRIPTION_LIMIT) + "…";
            }
            throw new AssertionError("seed " + seed + " (replay with -Dfuzz.seed=" + seed + " -Dfuzz.tries=1), input "
                    + description + ": " + e.getMessage(), e);
        }
    }

    private static long baseSeed() {
        String value = System.getProperty("fuzz.seed", "").trim();
        if (value.isEmpty()) {
            return DEFAULT_SEED;
        }
        return value.equalsIgnoreCase("random") ? RandomBase.SEED : Long.parseLong(value);
    }

    /** One random base per run, shared by all properties so the seeds in the report are consistent. */
    private static final class RandomBase {
        static final long SEED = new SplittableRandom().nextLong(1, Long.MAX_VALUE / 2);
    }

    // ------------------------------------------------------------------------------------------------- choices

    public boolean bool() {
        return random.nextBoolean();
    }

    /** Uniformly one of {@code 0 .. bound - 1}. */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** True with the given probability. */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** The index of one of the weights, chosen in proportion to them. */
    public int weighted(int... weights) {
        int total = IntStream.of(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public <T> T pick(List<? extends T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** The value of one of the suppliers, each equally likely. */
    @SafeVarargs
    public final <T> T oneOf(Supplier<? extends T>... choices) {
        return choices[random.nextInt(choices.length)].get();
    }

    public <T> List<T> list(int minSize, int maxSize, Supplier<? extends T> element) {
        int size = between(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    // ------------------------------------------------------------------------------------------------- numbers

    /** Between min and max inclusive; the bounds come up more often than their share. */
    public int between(int min, int max) {
        if (chance(0.05)) {
            return bool() ? min : max;
        }
        return (int) random.nextLong(min, (long) max + 1);
    }

    /** Between min and max inclusive; the bounds come up more often than their share. */
    public long between(long min, long max) {
        if (chance(0.05) || min == max) {
            return bool() ? min : max;
        }
        if (max < Long.MAX_VALUE) {
            return random.nextLong(min, max + 1);
        }
        return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
    }

    /** Between min and max inclusive; the bounds come up more often than their share. */
    public double between(double min, double max) {
        if (chance(0.05)) {
            return bool() ? min : max;
        }
        return min + random.nextDouble() * (max - min);
    }

    /** Any int: often small, sometimes a limit, otherwise anywhere. */
    public int anyInt() {
        return switch (weighted(1, 3, 6)) {
            case 0 -> pick(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1);
            case 1 -> between(-1000, 1000);
            default -> random.nextInt();
        };
    }

    /** Any long: often small, sometimes a limit, otherwise anywhere. */
    public long anyLong() {
        return switch (weighted(1, 3, 6)) {
            case 0 -> pick(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, (long) Integer.MIN_VALUE - 1,
                    (long) Integer.MAX_VALUE + 1);
            case 1 -> between(-1000L, 1000L);
            default -> random.nextLong();
        };
    }

    /** Any finite double: often small, sometimes special (limits, zeros, tiny), otherwise of any magnitude. */
    public double anyDouble() {
        return switch (weighted(1, 3, 6)) {
            case 0 -> pick(0.0, -0.0, 1.0, -1.0, 0.01, -0.01, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
                    -Double.MIN_VALUE, Double.MIN_NORMAL);
            case 1 -> between(-1000.0, 1000.0);
            default -> (bool() ? 1 : -1) * Math.pow(10, between(-10.0, 308.0));
        };
    }

    /** Any BigInteger of up to 200 bits, either sign. */
    public BigInteger anyBigInteger() {
        BigInteger value = new BigInteger(between(0, 200), new java.util.Random(random.nextLong()));
        return bool() ? value : value.negate();
    }

    public byte[] bytes(int minLength, int maxLength) {
        byte[] bytes = new byte[between(minLength, maxLength)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    // ------------------------------------------------------------------------------------------------- strings

    /**
     * Any chars at all, lone surrogates and control chars included; printable ASCII is more common than its share.
     */
    public String anyString(int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(switch (weighted(4, 1, 5)) {
                case 0 -> (char) between(0x20, 0x7E);
                case 1 -> (char) between(0x00, 0x1F);
                default -> (char) random.nextInt(0x10000);
            });
        }
        return out.toString();
    }

    /** Well-formed Unicode text: any code point but unpaired surrogates; printable ASCII more common than its share. */
    public String text(int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            int codePoint = switch (weighted(5, 1, 3, 1)) {
                case 0 -> between(0x20, 0x7E);
                case 1 -> between(0x00, 0x1F);
                case 2 -> between(0xA0, 0xD7FF);
                default -> between(0xE000, 0x10FFFF);
            };
            if (Character.isSupplementaryCodePoint(codePoint) && out.length() + 2 > length) {
                codePoint = 'a';
            }
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }

    /** Chars taken from the given ones. */
    public String string(int minLength, int maxLength, String chars) {
        int length = between(minLength, maxLength);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    /** Chars from the range {@code from..to} inclusive. */
    public String string(int minLength, int maxLength, char from, char to) {
        int length = between(minLength, maxLength);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) between(from, to));
        }
        return out.toString();
    }
}
