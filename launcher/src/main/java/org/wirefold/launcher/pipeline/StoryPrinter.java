package org.wirefold.launcher.pipeline;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;

/** Prints consolidated stories for people: members, facts with their sources and history, people. */
public final class StoryPrinter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StoryPrinter() {
    }

    /** Live stories (not merged away), largest first. */
    public static List<Story> live(java.util.Collection<Story> stories) {
        return stories.stream().filter(s -> s.mergedInto() == null)
                .sorted(Comparator.comparingInt((Story s) -> s.articles().size()).reversed().thenComparing(Story::id))
                .toList();
    }

    public static void print(List<Story> stories, PrintStream out) {
        for (Story s : stories) {
            long duplicates = s.articles().stream().filter(m -> m.duplicateOf() != null).count();
            out.printf("%nSTORY %s  \"%s\"%n", s.id(), s.headline());
            int count = Math.max(s.articleCount(), s.articles().size());
            out.printf("  %d article(s)%s from %d outlet(s)%s, %s to %s%n", count,
                    count > s.articles().size() ? " (first " + s.articles().size() + " listed)" : "", s.outlets().size(),
                    duplicates == 0 ? "" : ", " + duplicates + " duplicate(s)", time(s.firstSeen()), time(s.lastSeen()));
            for (Story.Member m : s.articles()) {
                out.printf("    %-28s %-22s %s%s%n", m.id(), m.source() == null ? "-" : m.source(), m.title(),
                        m.duplicateOf() == null ? "" : "  [duplicate of " + m.duplicateOf() + "]");
            }
            if (!s.facts().isEmpty()) {
                out.println("  Facts:");
                for (StoryFact f : s.facts()) {
                    out.printf("    %-44s %-16s %d source(s)%s%s%n", label(f), amount(f.qualifier(), f.value()),
                            f.sources(), f.conflict() ? "  CONFLICT " + candidates(f) : "", history(f));
                }
            }
            if (s.people() != null && !s.people().isEmpty()) {
                out.println("  People: " + s.people().stream().limit(8)
                        .map(p -> p.name() + " (" + p.mentions() + ")").collect(Collectors.joining(", ")));
            }
            if (s.mergedFrom() != null && !s.mergedFrom().isEmpty()) {
                out.println("  Merged from: " + String.join(", ", s.mergedFrom()));
            }
        }
    }

    static String label(StoryFact f) {
        String place = f.place() == null || f.place().isBlank() ? "" : " -> " + f.place();
        return f.predicate() + " " + f.subject() + place;
    }

    static String amount(String qualifier, double value) {
        String v = value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format("%,d", (long) value)
                : String.format("%,.2f", value);
        return switch (qualifier == null ? "=" : qualifier) {
            case ">" -> "more than " + v;
            case "<" -> "fewer than " + v;
            case "~" -> "about " + v;
            case "up" -> "up " + v;
            case "down" -> "down " + v;
            default -> v;
        };
    }

    private static String candidates(StoryFact f) {
        return f.candidates().stream().map(c -> amount(c.qualifier(), c.value()) + " " + c.articles())
                .collect(Collectors.joining("; "));
    }

    private static String history(StoryFact f) {
        if (f.history() == null || f.history().size() < 2) {
            return "";
        }
        return "  history: " + f.history().stream().map(h -> amount(h.qualifier(), h.value()))
                .collect(Collectors.joining(" → "));
    }

    private static String time(Instant t) {
        return t == null ? "?" : TIME.format(t);
    }
}
