package org.doorstep.engine.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IntMinHeapTest {

    @Test
    void pollsInKeyOrderThenElementOrderUnderRandomInsertsAndDecreases() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(200);
            IntMinHeap heap = new IntMinHeap(n);
            int[] key = new int[n];
            boolean[] in = new boolean[n];
            for (int op = 0; op < 3 * n; op++) {
                int e = random.nextInt(n);
                int k = random.nextInt(50);
                if (!in[e] || k <= key[e]) {
                    heap.insertOrDecrease(e, k);
                    in[e] = true;
                    key[e] = k;
                }
            }
            int lastKey = Integer.MIN_VALUE;
            int lastElement = -1;
            int polled = 0;
            while (!heap.isEmpty()) {
                int smallest = heap.peekKey();
                int e = heap.poll();
                assertThat(in[e]).isTrue();
                assertThat(key[e]).isEqualTo(smallest);
                assertThat(key[e] > lastKey || (key[e] == lastKey && e > lastElement))
                        .isTrue();
                lastKey = key[e];
                lastElement = e;
                in[e] = false;
                polled++;
            }
            for (boolean stillIn : in) {
                assertThat(stillIn).isFalse();
            }
            assertThat(polled).isPositive();
        }
    }

    @Test
    void clearEmptiesSoThatElementsCanBeInsertedAgain() {
        IntMinHeap heap = new IntMinHeap(4);
        heap.insertOrDecrease(2, 7);
        heap.insertOrDecrease(3, 1);
        heap.clear();
        assertThat(heap.isEmpty()).isTrue();
        assertThat(heap.contains(2)).isFalse();
        heap.insertOrDecrease(2, 9);
        assertThat(heap.poll()).isEqualTo(2);
    }

    @Test
    void refusesToRaiseAKey() {
        IntMinHeap heap = new IntMinHeap(3);
        heap.insertOrDecrease(1, 5);
        assertThatThrownBy(() -> heap.insertOrDecrease(1, 6)).hasMessageContaining("element 1");
    }
}
