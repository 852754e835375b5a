package nl.besparingsmonitor.ingest.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list of texts kept as UTF-8 bytes in a few large blocks instead of one String object each.
 *
 * <p>Why: a ledger extract with an invoice number or description per booking has a shared strings
 * table of a million texts or more. As Java strings each costs about 50 bytes of object headers on
 * top of its characters, several times the text itself, and a hostile file can hold twelve million
 * short texts. Here a text costs its UTF-8 bytes, a length byte or two and a 4-byte position, and
 * {@link #bytesHeld()} says exactly what the table holds, so a budget can be checked while reading.
 *
 * <p>Texts are decoded when asked for; the last few thousand are kept, so the repeated texts of a
 * sheet (kinds, measure numbers, domains) are decoded once. Not thread-safe: a workbook is read by
 * one thread.
 */
final class CompactTexts {

    private static final int FIRST_BLOCK = 8 * 1024;
    private static final int OFFSET_BITS = 18;
    /**
     * 256 KB: G1 keeps an array of half a region or more (regions are 1 MB in small heaps) as a
     * "humongous" object in regions of its own, wasting the rest of the last one.
     */
    private static final int MAX_BLOCK = 1 << OFFSET_BITS;
    private static final int PAGE_BITS = 14;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int CACHE_SLOTS = 4096;

    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] current;
    private int used;
    private long blockBytes;
    /** Where each text starts: block number in the high bits, offset in the low 18; in pages of 16,384. */
    private final List<int[]> positions = new ArrayList<>();
    private int size;

    private final String[] cached = new String[CACHE_SLOTS];
    private final int[] cachedIndex = new int[CACHE_SLOTS];

    CompactTexts() {
        Arrays.fill(cachedIndex, -1);
    }

    /** Adds a text at the next index. */
    void add(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int needed = utf8.length + 5;
        if (current == null || used + needed > current.length) {
            int capacity = current == null ? FIRST_BLOCK : Math.min(MAX_BLOCK, current.length * 2);
            current = new byte[Math.max(capacity, needed)];
            blocks.add(current);
            blockBytes += current.length;
            used = 0;
        }
        if ((size & (PAGE - 1)) == 0) {
            positions.add(new int[PAGE]);
        }
        positions.get(size >>> PAGE_BITS)[size & (PAGE - 1)] = (blocks.size() - 1) << OFFSET_BITS | used;
        size++;
        used = writeLength(current, used, utf8.length);
        System.arraycopy(utf8, 0, current, used, utf8.length);
        // Only a text longer than a block (a cell limit raised far above Excel's) gets a block of its
        // own; nothing may follow it there, as offsets have 18 bits.
        used = current.length > MAX_BLOCK ? current.length : used + utf8.length;
    }

    /** The text at an index, or null when there is no such index. */
    String get(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        int slot = index & (CACHE_SLOTS - 1);
        if (cachedIndex[slot] == index) {
            return cached[slot];
        }
        int position = positions.get(index >>> PAGE_BITS)[index & (PAGE - 1)];
        byte[] block = blocks.get(position >>> OFFSET_BITS);
        int at = position & ((1 << OFFSET_BITS) - 1);
        int length = block[at] & 0x7F;
        for (int shift = 7; (block[at] & 0x80) != 0; shift += 7) {
            at++;
            length |= (block[at] & 0x7F) << shift;
        }
        String text = new String(block, at + 1, length, StandardCharsets.UTF_8);
        cached[slot] = text;
        cachedIndex[slot] = index;
        return text;
    }

    int size() {
        return size;
    }

    /** Bytes of heap the texts take: the blocks and the position pages, as allocated. */
    long bytesHeld() {
        return blockBytes + 4L * PAGE * positions.size();
    }

    /** Variable-length length prefix, 7 bits a byte: a cell text of Excel's 32,767 characters needs 3. */
    private static int writeLength(byte[] block, int at, int length) {
        int rest = length;
        while (rest >= 0x80) {
            block[at++] = (byte) (rest & 0x7F | 0x80);
            rest >>>= 7;
        }
        block[at++] = (byte) rest;
        return at;
    }
}
