package org.mla.para.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies that keep {@code null}s, so that validation can report them by index. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copyOf(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
