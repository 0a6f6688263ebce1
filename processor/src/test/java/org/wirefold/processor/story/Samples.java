package org.wirefold.processor.story;

/** Short invented news texts for clustering tests (no real corpus text). */
final class Samples {
    static final String FLOOD_TITLE = "Riverton dam bursts after record rain, hundreds evacuated";
    static final String FLOOD_BODY = """
            RIVERTON - The Millbrook dam above Riverton gave way early on Tuesday after three days of record rain, \
            sending water through the lower town and forcing the evacuation of about 400 residents, Mayor Elena Vasquez said.

            Firefighters used boats to reach families on Canal Street and Orchard Lane. Two people were treated for \
            hypothermia at Riverton General Hospital. No deaths were reported.

            Engineers had warned in 2019 that the Millbrook dam spillway needed repairs, county records show. \
            Vasquez said the town would open a shelter at Riverton High School.""";

    static final String FLOOD_FOLLOWUP_TITLE = "Millbrook dam failure: Riverton evacuees return as water recedes";
    static final String FLOOD_FOLLOWUP_BODY = """
            Residents of lower Riverton began returning home on Thursday, two days after the Millbrook dam burst. \
            Mayor Elena Vasquez said about 400 people had spent two nights at the Riverton High School shelter.

            County engineers will inspect the Millbrook spillway, which a 2019 report said needed repairs. Homes on \
            Canal Street and Orchard Lane were the worst hit.""";

    static final String SHOOTING_A_TITLE = "Two wounded in shooting outside Dalton bowling alley";
    static final String SHOOTING_A_BODY = """
            DALTON - Two men were wounded on Saturday night when someone opened fire in the parking lot of the \
            Strike Zone bowling alley on Hawthorne Avenue, Dalton police said.

            Sergeant Mark Obi said the victims, aged 24 and 31, were taken to Dalton Memorial with injuries that \
            were not life-threatening. Police are looking for a silver pickup seen leaving the lot.""";

    static final String SHOOTING_B_TITLE = "Teen killed in shooting at Greenfield apartment complex";
    static final String SHOOTING_B_BODY = """
            GREENFIELD - A 17-year-old boy was shot and killed on Saturday night at the Maple Court apartments on \
            Birch Road, Greenfield police said.

            Chief Dana Whitlock said officers found the teen in a stairwell. A 19-year-old man was arrested at the \
            scene and a handgun was recovered. The victim's name was not released.""";

    private Samples() {
    }
}
