package com.followupbot.importing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The line a character offset of a text falls on, numbered from {@code first}: a row's number as a spreadsheet shows it. */
final class LineNumbers {

    private final List<Long> starts = new ArrayList<>();
    private final int first;

    LineNumbers(String text, int first) {
        this.first = first;
        starts.add(0L);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1L);
            }
        }
    }

    int at(long offset) {
        int found = Collections.binarySearch(starts, offset);
        int index = found >= 0 ? found : -found - 2;
        return first + Math.max(index, 0);
    }
}
