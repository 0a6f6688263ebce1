package org.wirefold.processor.story;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.wirefold.processor.text.TermHash;

/**
 * Person names as clustering evidence: the full names an article mentions (two words or more, as read by the
 * person extractor), folded to lower case, hashed into the same space as terms under a {@code person:} prefix so
 * the online document-frequency table also counts them.
 */
final class PersonNames {
    private PersonNames() {
    }

    /** Distinct hashes of the full names among {@code mentions}, ascending; single words are ignored. */
    static long[] hashes(List<String> mentions) {
        TreeSet<Long> out = new TreeSet<>();
        if (mentions != null) {
            for (String m : mentions) {
                String name = m.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (name.indexOf(' ') > 0) {
                    out.add(TermHash.of("person:" + name));
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
