package org.wirefold.processor.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a capitalised run is a person: a role before it ("coast guard spokeswoman Ilse Varga", "Governor …"), a
 * speech verb next to it ("said Ilse Varga", "Varga told reporters", "according to …"), an appositive role after it
 * ("Tomas Brenner, a teacher"), or a common given name first. Names holding a place or organisation word ("Port",
 * "Lake", "Wire", "News", "Star", "Street", "Ministry", …) or an all-caps prefix ("CORRECTED-…") are never people.
 */
final class PersonEvidence {
    /** Roles and titles written before a name, in any case. */
    static final Set<String> ROLES = Lexicon.set("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president",
            "sen", "senator", "gov", "governor", "rep", "representative", "mayor", "minister", "chancellor", "king",
            "queen", "prince", "princess", "pope", "judge", "officer", "sgt", "sergeant", "lt", "lieutenant", "capt",
            "captain", "gen", "general", "chief", "detective", "deputy", "sheriff", "coach", "sir", "lady", "lord", "rev",
            "reverend", "father", "envoy", "leader", "secretary", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "pastor", "corporal", "trooper", "laureate", "activist", "lawyer", "attorney", "chairman",
            "chairwoman", "chair", "director", "ceo", "commander", "commissioner", "premier", "prosecutor", "author",
            "dissident", "journalist", "reporter", "correspondent", "economist", "analyst", "witness", "survivor",
            "passenger", "resident", "teacher", "student", "doctor", "nurse", "colonel", "major", "admiral", "rabbi",
            "imam", "bishop", "cardinal", "sheikh", "emir", "councillor", "councilman", "councilwoman", "lawmaker",
            "legislator", "mp", "head", "founder", "owner", "manager", "coordinator", "chef", "singer", "actor",
            "actress", "player", "striker", "candidate", "opponent", "wife", "husband", "son", "daughter", "brother",
            "sister", "mother", "widow", "investigator", "official", "superintendent", "inspector", "constable");
    private static final Set<String> SPEECH = Lexicon.set("said", "says", "told", "added", "explained", "asked",
            "wrote", "tweeted", "stated", "recalled", "insisted", "warned", "noted", "declared", "announced", "replied",
            "testified", "admitted", "confirmed", "denied");
    /** Words that make a capitalised run a place, vessel, outlet or organisation. */
    private static final Set<String> NOT_PERSON = Lexicon.set("port", "lake", "wire", "news", "times", "radio", "star",
            "street", "university", "council", "ministry", "daily", "post", "ledger", "herald", "tribune", "journal",
            "gazette", "lines", "line", "airlines", "airways", "bank", "group", "press", "bay", "harbor", "harbour",
            "island", "mount", "river", "sea", "ocean", "gulf", "cape", "fort", "city", "town", "county", "province",
            "district", "valley", "coast", "express", "weekly", "review", "tv", "television", "channel", "network",
            "agency", "institute", "foundation", "corporation", "company", "holdings", "ltd", "plc", "llc", "inc",
            "avenue", "road", "square", "plaza", "bridge", "station", "airport", "hotel", "ferry", "ship", "vessel");
    /** Common given names across languages (a compact list; other names need a role or a speech verb). */
    private static final Set<String> GIVEN = Lexicon.set("john", "james", "robert", "michael", "william", "david",
            "richard", "joseph", "thomas", "tomas", "charles", "daniel", "matthew", "mark", "paul", "peter", "george",
            "andrew", "steven", "kevin", "brian", "edward", "ronald", "anthony", "jason", "jeffrey", "ryan", "eric",
            "stephen", "jacob", "gary", "nicholas", "jonathan", "larry", "justin", "scott", "frank", "benjamin",
            "samuel", "patrick", "alexander", "jack", "dennis", "jerry", "tyler", "aaron", "henry", "adam", "douglas",
            "nathan", "zachary", "kyle", "walter", "harold", "carl", "arthur", "gerald", "roger", "keith", "jeremy",
            "terry", "lawrence", "sean", "christian", "austin", "joe", "noah", "albert", "jesse", "mary", "patricia",
            "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty",
            "margaret", "sandra", "ashley", "dorothy", "kimberly", "emily", "donna", "michelle", "carol", "amanda",
            "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "shirley",
            "angela", "helen", "anna", "anne", "ann", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
            "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
            "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn",
            "judith", "megan", "cheryl", "andrea", "hannah", "hanna", "martha", "jacqueline", "frances", "gloria",
            "jean", "juan", "jose", "luis", "carlos", "jorge", "pedro", "miguel", "antonio", "francisco", "manuel",
            "javier", "pablo", "diego", "sofia", "lucia", "carmen", "ana", "isabel", "marta", "elena", "pierre",
            "jean-pierre", "francois", "marie", "sophie", "claire", "camille", "louis", "nicolas", "hans", "klaus",
            "jurgen", "stefan", "wolfgang", "ursula", "ilse", "greta", "katarina", "lars", "sven", "erik", "ingrid",
            "anders", "giuseppe", "marco", "giovanni", "francesca", "giulia", "luca", "alessandro", "ivan", "sergei",
            "sergey", "vladimir", "dmitry", "alexei", "alexey", "andrei", "nikolai", "olga", "tatiana", "natalia",
            "svetlana", "sviatlana", "yulia", "irina", "viktor", "viktar", "oleg", "mohammed", "muhammad", "mohamed",
            "ahmed", "ali", "hassan", "hussein", "omar", "fatima", "aisha", "mustafa", "ibrahim", "yusuf", "mehmet",
            "ayse", "amara", "chinedu", "kwame", "kofi", "ngozi", "wei", "li", "ming", "hiroshi", "yuki", "kenji",
            "akira", "raj", "priya", "amit", "sanjay", "rahul", "anil", "sunita", "kim", "min", "jin", "hye", "piotr",
            "jan", "tomasz", "katarzyna", "agnieszka", "pavel", "petr", "jana", "eva", "joao", "paulo", "ana", "rita",
            "barack", "donald", "joseph", "hillary", "angela", "emmanuel", "boris", "keir", "justin", "narendra", "xi");

    private PersonEvidence() {
    }

    /** A place or organisation word, or an all-caps prefix ("CORRECTED-Name"), in the run. */
    static boolean rejected(List<String> words) {
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (NOT_PERSON.contains(l)) {
                return true;
            }
            int dash = w.indexOf('-');
            if (dash > 1 && w.substring(0, dash).equals(w.substring(0, dash).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean givenName(String word) {
        return GIVEN.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Evidence around tokens {@code [from, to)} of sentence {@code [lo, hi)}: a role, a speech verb, an apposition. */
    static boolean around(List<Tok> t, int from, int to, int lo, int hi) {
        for (int k = from - 1, steps = 0; k >= lo && steps < 3; k--, steps++) {
            Tok x = t.get(k);
            if (ROLES.contains(x.lower()) || SPEECH.contains(x.lower())) {
                return true;
            }
            if (x.is("to") && k - 1 >= lo && t.get(k - 1).is("according")) {
                return true;
            }
            if (!(x.is(",") || x.is(".") || x.is("the") || x.is("a") || x.capitalized())) {
                break;
            }
        }
        int k = to;
        if (k < hi && (t.get(k).is(",") || t.get(k).is("'s") || t.get(k).is("’s"))) {
            k++;
        }
        if (k < hi && SPEECH.contains(t.get(k).lower())) {
            return true;
        }
        if (k < hi && (t.get(k).is("a") || t.get(k).is("an") || t.get(k).is("the")) && to < hi && t.get(to).is(",")) {
            for (int j = k + 1; j < Math.min(hi, k + 4); j++) {
                if (ROLES.contains(t.get(j).lower())) {
                    return true;
                }
            }
        }
        return false;
    }
}
