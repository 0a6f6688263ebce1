package org.wirefold.processor.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirefold.common.model.Fact;
import org.wirefold.processor.facts.QuantityExtractor.Hit;
import org.wirefold.processor.facts.UnitReader.Kind;

/**
 * Reads the counts of an article's cleaned text as {@link Fact}s with their fact keys. Thread-safe.
 *
 * <p>Each count found by {@link QuantityExtractor} (money, percentages, measures, durations and ages are left out)
 * gets: a predicate from the nearest verb of the clause ({@link Predicates}: released, sent, killed, injured,
 * arrested, held, …, or {@code stated}); the counted thing, the singular head noun of the phrase after the number,
 * inherited from the previous count of the sentence when elided ("114 prisoners were sent to Ukraine, while nine
 * were transported to Lithuania"), folded to {@code person} for people counted by killed/injured/shot; the
 * destination of {@code sent} ("to Ukraine"). The key is {@code predicate|subject|place}.
 *
 * <p>"X, along with N other prisoners" and "A, B and N other prisoners" count the named ones too: the value is N plus
 * the names listed before the connector (at least one after "along with"/"alongside"/"together with"), with
 * {@link Fact#other()} set. "four were injured, not five as first reported" gives 4 with {@link Fact#corrects()} 5.
 * Counts written in words are kept only when a verb of the lexicon or a plural noun makes them a count.
 *
 * <p>Casualty counts ({@code killed}, {@code injured}) are kept only for people and not in statistics, roundup or
 * background sentences ("so far this year", "in separate shootings", "last week"); "a man was shot and killed" counts
 * one ({@link ImplicitCounts}); ages, lists, the shooter's suicide and the wounded among people shot follow
 * {@link Casualties}. People rescued, missing and aboard ("a ferry carrying 200 people", "30 aboard") are folded to
 * {@code person} too; "licensed for 250 passengers" is a {@code capacity}. Corrections follow {@link Corrections}:
 * "five died, not four as first reported" and "(Corrects death toll to five from four)" set {@link Fact#corrects()}.
 * Facts come in reading order,
 * so the first statement of a key in an article is its lead (used by {@link FactConsolidator} to break ties).
 */
public final class FactExtractor {
    private static final Set<String> SUBJECT_OF = Set.of("were", "was", "are", "is", "have", "has", "had", "remain",
            "remained", "will", "would");
    private static final Set<String> FIRED = Set.of("fired", "firing", "opened");
    private static final Set<String> NOUN_AFTER = Set.of("the", "a", "an", "his", "her", "their", "its");
    private final QuantityExtractor quantities = new QuantityExtractor();

    public List<Fact> extract(String text) {
        List<Fact> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Tok> toks = Tokenizer.tokens(text);
        List<int[]> sentences = Tokenizer.sentences(toks);
        List<Hit> hits = quantities.hits(text, toks, sentences);
        List<Integer> at = new ArrayList<>(); // start offset of each fact in out, ascending
        String lastSubject = "";
        int lastSentence = -1;
        double pending = 0; // counts of a list ("three men and two women") waiting for its last member
        java.util.Set<Integer> counted = new java.util.HashSet<>(); // "and a woman" already added to a list
        Set<String> totals = new HashSet<>(); // casualty totals of roundup sentences, to drop where repeated
        Set<Integer> elsewhere = OtherEvents.elsewhere(toks, sentences); // "Three of those died", dated lists
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.from() != lastSentence) {
                lastSentence = hit.from();
                lastSubject = "";
            }
            Quantity q = hit.quantity();
            if (hit.kind() == Kind.PERCENT || hit.kind() == Kind.CURRENCY || hit.kind() == Kind.MEASURE
                    || q.upper() != null && !hit.vague() || q.value() <= 0 || q.value() != Math.rint(q.value())) {
                continue;
            }
            String unitHead = Predicates.head(q.unit());
            if (Lexicon.TIME_UNITS.contains(unitHead) || unitHead.equals("time")) {
                continue;
            }
            Hit next = h + 1 < hits.size() && hits.get(h + 1).from() == hit.from() ? hits.get(h + 1) : null;
            Hit prev = h > 0 && hits.get(h - 1).from() == hit.from() ? hits.get(h - 1) : null;
            if (Casualties.ageOrKin(hit) || hit.toks().get(hit.number()).is("911") || Casualties.partOf(hit, prev)) {
                continue;
            }
            if (Casualties.listed(hit, next)) {
                pending += q.value();
                continue;
            }
            double listedBefore = pending;
            pending = 0;
            Double corrects = null;
            String noted = Corrections.note(hit, next);
            if (next != null && (noted != null || Corrections.corrects(hit, next))) {
                corrects = next.quantity().value();
                h++; // the corrected value is not a fact of its own
            }
            // an age or a part ("four others, including two women, were wounded") does not end the count's clause
            String predicate = noted != null ? noted
                    : Casualties.aboardAfter(hit) ? "aboard"
                    : Lives.lost(hit) ? "killed" // "three lives were lost", "claimed the lives of four men"
                    : DeathsOf.of(hit) ? "killed" // "the deaths of two teenagers"
                    : predicate(hit, listedBefore > 0 ? null : prev, Casualties.age(next)
                    || next != null && Casualties.partOf(next, hit) ? null : next);
            if (predicate.equals("killed") && Casualties.oneOfDies(hit)) {
                predicate = "shot"; // "one of five victims dies": five shot
            }
            if (predicate.equals("shot") && Survivors.wounded(hit)) {
                predicate = "injured"; // "four others were shot, but their injuries were not life-threatening"
            }
            String subject = hit.kind() == Kind.NOUN && !unitHead.equals("life") ? unitHead : "";
            if (subject.isEmpty() || subject.equals("other")) {
                subject = lastSubject;
            } else {
                lastSubject = subject;
            }
            if (Predicates.CASUALTY.contains(predicate)) {
                if (Predicates.NOT_VICTIM.contains(subject) || !Predicates.human(subject)
                        || Denials.denied(hit, next, predicate) || Denials.retracted(hit.toks(), hit.from(), hit.to())
                        || Casualties.company(hit) || Casualties.ofEvents(hit)
                        || Casualties.remainder(hit)
                        || predicate.equals("injured") && hit.other() && HospitalTrips.only(hit)
                        || (predicate.equals("injured") || predicate.equals("shot")) && Casualties.wholeGroup(hit)) {
                    continue;
                }
                if (aggregate(hit.toks(), hit.from(), hit.to()) || elsewhere.contains(hit.from())) {
                    if (Roundups.tallies(hit.toks(), hit.from(), hit.to())) {
                        totals.add(Roundups.key(predicate, q.value() + listedBefore));
                    }
                    continue;
                }
                subject = "person"; // victims: people, men, children, classmates, … are counted together
            }
            if (predicate.equals("stated") && (subject.isEmpty() || !hit.digits() || !hit.plural())) {
                continue;
            }
            String place = predicate.equals("sent") ? CountPhrases.destination(hit, prev, next) : "";
            double value = q.value();
            if (hit.other()) {
                value += CountPhrases.named(hit);
            }
            if (Predicates.FOLDED.contains(predicate) && !Predicates.CASUALTY.contains(predicate)
                    && Predicates.human(subject)
                    || predicate.equals("aboard") && Casualties.aboardAfter(hit)) {
                subject = "person"; // rescued, missing, aboard: people of any kind are counted together
            }
            if (Predicates.FOLDED.contains(predicate)) {
                value += listedBefore + KinCounts.joinedOne(hit); // "his wife and four children": five
                int one = Casualties.andOne(hit);
                if (one >= 0) {
                    value += 1; // "three men and a woman were wounded": four
                    counted.add(hit.toks().get(one).start());
                }
            }
            if (predicate.equals("injured") && prev == null && listedBefore == 0
                    && Casualties.alsoAfterOne(hit.toks(), hit.from(), hit.first(), hit.next(), hit.to())) {
                value += 1; // "a woman was shot, and three men were also wounded": four
            }
            if (predicate.equals("injured") && next != null && Casualties.remainder(next)
                    && !"killed".equals(predicate(next, hit, null))) {
                value += next.quantity().value(); // "one was critically wounded and the three others are stable": four
            }
            if (predicate.equals("killed") && ShooterDeath.alsoHimself(hit)) {
                value += 1; // "killed four classmates and himself": five dead
                if (corrects == null && ShooterDeath.ofSuspect(hit)) {
                    corrects = value - 1; // "a man suspected of killing five was found dead": six now
                }
            }
            if (corrects == null && predicate.equals("killed") && value > 1
                    && Tolls.tollRises(hit.toks(), hit.first(), hit.from())) {
                corrects = value - 1; // "the death toll rose to four": the three dead reported before are four now
            }
            String qualifier = hit.vague() || q.change().equals("~") ? "~" : q.change();
            String key = predicate + "|" + subject + "|" + place;
            out.add(new Fact(key, predicate, subject, place, value, qualifier, hit.other(), corrects, q.span()));
            at.add(q.start());
        }
        for (int[] s : sentences) {
            if (aggregate(toks, s[0], s[1]) || Denials.retracted(toks, s[0], s[1]) || elsewhere.contains(s[0])) {
                continue; // "a man was killed there last week": background, not this event
            }
            List<Fact> implicit = new ArrayList<>(ImplicitCounts.find(toks, s[0], s[1]));
            implicit.addAll(Multiples.find(toks, s[0], s[1])); // "a double homicide": two dead
            implicit.addAll(Lives.find(toks, s[0], s[1])); // "claimed the life of a woman": one dead
            implicit.addAll(DeathsOf.find(toks, s[0], s[1])); // "the death of a man": one dead
            implicit.addAll(KilledKin.find(toks, s[0], s[1])); // "shot and killed his brother": one dead
            implicit.addAll(Slain.find(toks, s[0], s[1])); // "Slain teen identified": one dead
            implicit.addAll(AnotherHurt.find(toks, s[0], s[1])); // "two died and another was hurt": one wounded
            implicit.addAll(NamedAlso.find(toks, s[0], s[1])); // "Smith was also killed": one more
            if (implicit.stream().noneMatch(f -> f.corrects() != null)) {
                implicit.addAll(RankedDeaths.find(toks, s[0], s[1])); // "Second victim dies": two dead
            }
            for (Fact f : CasualtyTotals.unlessCounted(implicit, toks, text, toks.get(s[0]).start(), counted)) {
                int end = toks.get(s[1] - 1).end();
                int insert = at.size();
                while (insert > 0 && at.get(insert - 1) >= end) {
                    insert--;
                }
                out.add(insert, f); // in reading order, after the sentence's numeric counts
                at.add(insert, toks.get(s[0]).start());
            }
        }
        Roundups.dropEchoes(out, at, sentences.isEmpty() ? 0 : toks.get(sentences.get(0)[1] - 1).end(), totals);
        ImplicitCounts.keepUpdatesOfLoneVictims(out);
        ImplicitCounts.woundedOfRanked(out);
        CasualtyTotals.deriveInjured(out);
        Multiples.woundedOfShooting(out); // "a man was killed in a double shooting": one wounded
        CasualtyTotals.sumVictims(out);
        LaterDeaths.update(out, toks); // "has died two weeks after he was shot": the counts are the new ones
        return out;
    }


    /**
     * A statistic rather than an event: "so far this year", "since 2015", "annually", "last year"; another event
     * ({@link OtherEvents}).
     */
    static boolean aggregate(List<Tok> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Tok x = t.get(k);
            String w = x.lower();
            String next = k + 1 < to ? t.get(k + 1).lower() : "";
            if (w.equals("year") || w.equals("years")) {
                String prev = k - 1 >= from ? t.get(k - 1).lower() : "";
                if (prev.equals("this") || prev.equals("last") || prev.equals("each") || prev.equals("every")
                        || prev.equals("per") || prev.equals("a") && !duration(t, k, from, to) || prev.equals("past")
                        || prev.equals("the")) {
                    return true;
                }
            }
            if (Roundups.roundup(t, k, to)) {
                return true;
            }
            if (k == from && OtherEvents.meanwhile(t, from, to) || OtherEvents.shortSpan(t, k, to)) {
                return true; // "Meanwhile, a man was shot …", "five shot within 48 hours": other events
            }
            if (w.equals("so") && next.equals("far") || w.equals("annually") || w.equals("to") && next.equals("date")
                    || w.equals("since") && k + 1 < to && t.get(k + 1).num()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "stretched for more than a year", "for a year": a length of time, not a rate ("600 deaths a year"); "more than a
     * year ago" stays background.
     */
    private static boolean duration(List<Tok> t, int year, int from, int to) {
        String before = year - 2 >= from ? t.get(year - 2).lower() : "";
        String after = year + 1 < to ? t.get(year + 1).lower() : "";
        return (before.equals("than") || before.equals("for")) && !after.equals("ago") && !after.equals("earlier")
                && !after.equals("before") && !after.equals("later") && !after.equals("after");
    }

    private static String predicate(Hit hit, Hit prev, Hit next) {
        List<Tok> t = hit.toks();
        int backLimit = prev != null ? prev.next() : hit.from();
        int fwdLimit = next != null ? next.first() : hit.to();
        if (Tolls.deathToll(t, hit.first(), backLimit)) {
            return "killed"; // "the death toll rose to four", "the toll stands at 12": the dead
        }
        // right before the number: "frees 123", "killing two", "injured five people"
        for (int k = hit.first() - 1, steps = 0; k >= backLimit && steps < 3; k--, steps++) {
            String p = Predicates.of(t.get(k).lower());
            if (p == null && steps == 0 && (t.get(k).is("wounds") || t.get(k).is("wound"))) {
                p = "injured"; // "shooting wounds 4", "to kill one and wound five others": the verb, not the noun
            }
            if (p != null && (p.equals("shot") || p.equals("injured")) && k > 0 && (t.get(k - 1).is("fatally")
                    || t.get(k - 1).is("mortally"))) {
                return "killed"; // "fatally shot six people", "mortally wounded two men": dead, not wounded
            }
            if (p != null) {
                return p.equals("stated") ? p : refine(t, k, p, fwdLimit); // "identified three people" says nothing
            }
            if (!t.get(k).word() || Lexicon.STOP.contains(t.get(k).lower()) && !t.get(k).is("at") && !t.get(k).is("least")
                    && !t.get(k).is("than") && !t.get(k).is("more") && !t.get(k).is("over") && !t.get(k).is("about")) {
                break;
            }
        }
        for (int k = hit.next(), steps = 0; k < fwdLimit && steps < 10; k++, steps++) {
            Tok x = t.get(k);
            if (x.is(",") && k + 1 < fwdLimit && (t.get(k + 1).is("including") || t.get(k + 1).is("among")
                    || t.get(k + 1).is("such"))) {
                int m = k + 2;
                while (m < fwdLimit && m < k + 30 && !t.get(m).is(",")) {
                    m++;
                }
                k = m;
                continue;
            }
            String p = Predicates.at(t, k, hit.to());
            if (p != null && k > hit.next() && k + 1 < fwdLimit && NOUN_AFTER.contains(t.get(k - 1).lower())
                    && t.get(k + 1).is("of")) {
                continue; // "charged over two deputies and the killing of a dog": a noun, not the count's verb
            }
            if (p != null) {
                return refine(t, k, p, fwdLimit);
            }
            if (x.is(";") || x.is(":") || x.is("(") || x.is("who") || x.is("which") || x.is("that") && steps > 0) {
                break;
            }
            if (FIRED.contains(x.lower())) {
                return "stated"; // "two men got out and fired, killing one": the shooters, not victims
            }
        }
        if (hit.next() < t.size() && SUBJECT_OF.contains(t.get(hit.next()).lower()) && !hit.other()) {
            return "stated"; // "3 were taken to hospital": the subject of its own clause, whose verb said nothing
        }
        int kin = KinCounts.kinListVerb(hit);
        if (kin >= 0) {
            return KinCounts.fatallyShotKin(hit, kin) ? "killed" : refine(t, kin, Predicates.of(t.get(kin).lower()),
                    fwdLimit); // "kills wife, 4 kids"
        }
        int reach = hit.other() ? 20 : 8;
        for (int k = hit.first() - 1, steps = 0; k >= backLimit && steps < reach; k--, steps++) {
            Tok x = t.get(k);
            String p = Predicates.of(x.lower());
            if (p != null && KinCounts.fatallyShotKin(hit, k)) {
                return "killed"; // "fatally shot his wife and four children": all five dead
            }
            if (p != null) {
                return refine(t, k, p, fwdLimit);
            }
            if (x.is(",") && !hit.other() || x.is(";") || x.is(":") || x.is("(")) {
                break;
            }
        }
        return "stated";
    }

    /** "shot and killed", "shot dead", "handed over", "rounded up", "lost their lives". */
    private static String refine(List<Tok> t, int k, String p, int limit) {
        if (t.get(k).lower().startsWith("surviv") && k + 1 < t.size() && t.get(k + 1).is("by")) {
            return "stated"; // "survived by his wife and three children": his family, no victims
        }
        if (Hospitalized.still(t, k, limit)) {
            return "stated"; // "two remain hospitalized": a part of the wounded, those not yet released
        }
        if (p.equals("shot") && k + 1 < t.size()) {
            if (t.get(k + 1).is("dead")) {
                return "killed";
            }
            if (k + 2 < limit && t.get(k + 1).is("and") && Predicates.of(t.get(k + 2).lower()) != null) {
                return Predicates.of(t.get(k + 2).lower());
            }
            if (Casualties.toDeath(t, k + 1, limit)) {
                return "stated"; // "three people were found shot to death": dead, not people shot of unknown fate
            }
        }
        if (p.equals("held") && k + 1 < limit && t.get(k).lower().startsWith("remain")) {
            String then = Predicates.of(t.get(k + 1).lower()); // "12 remain missing", "two remain hospitalized"
            if (then != null && !then.equals("held")) {
                return then;
            }
        }
        if (!Predicates.sure(t, k, p)) {
            return "stated"; // "pulled a gun", "school board", "carrying a bag"
        }
        if (t.get(k).is("lives") && !(k > 1 && t.get(k - 2).is("lost"))) {
            return "stated";
        }
        if (t.get(k).is("free") && k > 0 && !(t.get(k - 1).is("set") || t.get(k - 1).is("walked")
                || t.get(k - 1).is("go") || t.get(k - 1).is("went") || t.get(k - 1).is("to"))) {
            return "stated";
        }
        return p;
    }
}
