package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderWindowTest {

    private final List<Integer> received = new ArrayList<>();

    @Test
    void handsResultsBackInSubmissionOrderWhenLaterTasksFinishFirst() throws IOException {
        try (InOrderWindow<Integer> window = new InOrderWindow<>(4, received::add)) {
            for (int i = 0; i < 20; i++) {
                int task = i;
                window.submit(() -> {
                    Thread.sleep(task % 4 == 0 ? 30 : 1);
                    return task;
                });
            }
            window.drain();
        }

        assertThat(received)
                .containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void holdsNoMoreThanTwiceItsThreadsAndRunsThemAtOnce() throws IOException {
        AtomicInteger held = new AtomicInteger();
        AtomicInteger mostHeld = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        try (InOrderWindow<Integer> window = new InOrderWindow<>(3, result -> held.decrementAndGet())) {
            assertThat(window.capacity()).isEqualTo(6);
            for (int i = 0; i < 30; i++) {
                int task = i;
                window.submit(() -> {
                    mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(5);
                    running.decrementAndGet();
                    return task;
                });
                mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
            }
            window.drain();
        }

        assertThat(mostHeld.get()).isEqualTo(6);
        assertThat(mostRunning.get()).isBetween(2, 3);
        assertThat(held.get()).isZero();
    }

    @Test
    void aTasksFailureIsThrownAgainWhenItsTurnComes() throws IOException {
        try (InOrderWindow<Integer> window = new InOrderWindow<>(2, received::add)) {
            window.submit(() -> 1);
            window.submit(() -> {
                throw new IllegalStateException("task 2 failed");
            });

            assertThatThrownBy(window::drain)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("task 2 failed");
        }
        assertThat(received).containsExactly(1);
    }

    @Test
    void needsAtLeastOneThread() {
        assertThatThrownBy(() -> new InOrderWindow<Integer>(0, received::add))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
