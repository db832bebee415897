package org.doorstep.engine.search;

/**
 * An indexed binary min-heap of int elements {@code 0..capacity-1} with int keys and decrease-key (r5's and
 * GraphHopper's {@code MinHeapWithUpdate}): no objects per entry, and no stale duplicates to skip. Equal keys come out
 * in ascending element order, so that every search over it is deterministic. Not thread-safe.
 */
public final class IntMinHeap {

    // 1-based positions: the parent of position i is i / 2; position 0 in positionOf means "not in the heap".
    private final int[] elementAt;
    private final int[] keyAt;
    private final int[] positionOf;
    private int size;

    /** An empty heap for elements {@code 0..capacity-1}. */
    public IntMinHeap(int capacity) {
        elementAt = new int[capacity + 1];
        keyAt = new int[capacity + 1];
        positionOf = new int[capacity];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(int element) {
        return positionOf[element] != 0;
    }

    /** The smallest key; the heap must not be empty. */
    public int peekKey() {
        if (size == 0) {
            throw new IllegalStateException("the heap is empty");
        }
        return keyAt[1];
    }

    /** Inserts an element that is not in the heap, or lowers the key of one that is (a higher key is refused). */
    public void insertOrDecrease(int element, int key) {
        int position = positionOf[element];
        if (position == 0) {
            position = ++size;
        } else if (key > keyAt[position]) {
            throw new IllegalArgumentException(
                    "element " + element + ": key " + key + " is above its current key " + keyAt[position]);
        }
        siftUp(position, element, key);
    }

    /** Removes and returns the element with the smallest key (the lowest element among equal keys). */
    public int poll() {
        if (size == 0) {
            throw new IllegalStateException("the heap is empty");
        }
        int top = elementAt[1];
        positionOf[top] = 0;
        int last = elementAt[size];
        int lastKey = keyAt[size];
        size--;
        if (size > 0) {
            siftDown(last, lastKey);
        }
        return top;
    }

    /** Empties the heap in time proportional to its size. */
    public void clear() {
        for (int i = 1; i <= size; i++) {
            positionOf[elementAt[i]] = 0;
        }
        size = 0;
    }

    private void siftUp(int position, int element, int key) {
        while (position > 1) {
            int parent = position >>> 1;
            if (!less(key, element, keyAt[parent], elementAt[parent])) {
                break;
            }
            place(position, elementAt[parent], keyAt[parent]);
            position = parent;
        }
        place(position, element, key);
    }

    private void siftDown(int element, int key) {
        int position = 1;
        while (true) {
            int child = position << 1;
            if (child > size) {
                break;
            }
            if (child < size && less(keyAt[child + 1], elementAt[child + 1], keyAt[child], elementAt[child])) {
                child++;
            }
            if (!less(keyAt[child], elementAt[child], key, element)) {
                break;
            }
            place(position, elementAt[child], keyAt[child]);
            position = child;
        }
        place(position, element, key);
    }

    private void place(int position, int element, int key) {
        elementAt[position] = element;
        keyAt[position] = key;
        positionOf[element] = position;
    }

    private static boolean less(int keyA, int elementA, int keyB, int elementB) {
        return keyA < keyB || (keyA == keyB && elementA < elementB);
    }
}
