package dev.resurface.cards;

/**
 * Colours in order of first use, with their index: an open-addressing table of ints (a map of boxed
 * Integers was a tenth of a card's CPU). Holds up to 256 colours, a PNG palette's most.
 */
final class Palette {
    static final int MAX = 256;
    private static final int SLOTS = 1024; // a power of two, under a third full
    private final int[] keys;
    private final int[] indexes;
    private final boolean[] used;
    private final int[] colours;
    private int size;

    Palette() {
        this(new int[SLOTS], new int[SLOTS], new boolean[SLOTS], new int[MAX], 0);
    }

    private Palette(int[] keys, int[] indexes, boolean[] used, int[] colours, int size) {
        this.keys = keys;
        this.indexes = indexes;
        this.used = used;
        this.colours = colours;
        this.size = size;
    }

    /** A palette that starts with this one's colours and grows on its own. */
    Palette copy() {
        return new Palette(keys.clone(), indexes.clone(), used.clone(), colours.clone(), size);
    }

    int size() { return size; }

    int colour(int index) { return colours[index]; }

    boolean full() { return size == MAX; }

    /** Adds a colour not yet in the palette (with room left); returns its index. */
    int add(int colour) {
        int slot = slot(colour);
        used[slot] = true;
        keys[slot] = colour;
        indexes[slot] = size;
        colours[size] = colour;
        return size++;
    }

    /** The colour's index, or -1. */
    int indexOf(int colour) {
        int slot = slot(colour);
        return used[slot] ? indexes[slot] : -1;
    }

    /** The PLTE chunk's data: three bytes a colour. */
    byte[] rgb() {
        byte[] plte = new byte[size * 3];
        int j = 0;
        for (int k = 0; k < size; k++) {
            int c = colours[k];
            plte[j++] = (byte) (c >> 16);
            plte[j++] = (byte) (c >> 8);
            plte[j++] = (byte) c;
        }
        return plte;
    }

    private int slot(int colour) {
        int i = (colour * 0x9E3779B9) >>> 22; // 10 bits: SLOTS
        while (used[i] && keys[i] != colour) i = (i + 1) & (SLOTS - 1);
        return i;
    }
}
