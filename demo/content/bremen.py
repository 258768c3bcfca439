"""Demo content for Bremen (source language German): profile, 2021 study visit, two practices."""

CITY = {
    "key": "bremen",
    "language": "de",
    "translations": ["en", "pl"],
    "sample": True,
    "country": "DE",
    "latitude": "53.079296",
    "longitude": "8.801694",
    "colour": "#b8312f",
    "organisations": [
        {
            "key": "bremen-social",
            "website": "https://www.soziales.bremen.de/",
            "de": {
                "name": "Die Senatorin für Soziales, Jugend, Integration und Sport",
                "description": (
                    "Die Senatsbehörde ist in Bremen zugleich Landesministerium und "
                    "Stadtverwaltung. Sie verantwortet die Aufnahme und Unterbringung von "
                    "Geflüchteten, Sozialleistungen, Kinder- und Jugendhilfe sowie die "
                    "Integrationspolitik und koordiniert das Integrationskonzept des Senats."
                ),
            },
            "en": {
                "name": "Senator for Social Affairs, Youth, Integration and Sport (Bremen)",
                "description": (
                    "In Bremen this senate department is both a state ministry and the city "
                    "administration. It is responsible for receiving and housing refugees, "
                    "social benefits, child and youth welfare and integration policy, and it "
                    "coordinates the Senate's integration concept."
                ),
            },
            "pl": {
                "name": "Senator ds. Społecznych, Młodzieży, Integracji i Sportu (Brema)",
                "description": (
                    "W Bremie ten resort senacki jest jednocześnie ministerstwem kraju "
                    "związkowego i administracją miejską. Odpowiada za przyjmowanie i "
                    "zakwaterowanie uchodźców, świadczenia społeczne, pomoc dzieciom i młodzieży "
                    "oraz politykę integracyjną, a także koordynuje senacką koncepcję integracji."
                ),
            },
        },
        {
            "key": "bremen-welcome-network",
            "website": "https://willkommensnetz-bremen.example.org/",
            "de": {
                "name": "Willkommensnetz Bremen e. V.",
                "description": (
                    "Der Verein ist 2015 aus Willkommensinitiativen, Migrant*innenorganisationen "
                    "und Nachbarschaftsgruppen entstanden. Er organisiert einen Pool für Sprach- "
                    "und Kulturmittlung, schult ehrenamtliche Wohnungslotsen und lädt jede Woche "
                    "zu Willkommenscafés in mehreren Stadtteilen ein."
                ),
            },
            "en": {
                "name": "Willkommensnetz Bremen (Welcome Network Bremen)",
                "description": (
                    "The association grew in 2015 out of welcome initiatives, migrant "
                    "organisations and neighbourhood groups. It runs a pool of language and "
                    "culture mediators, trains volunteer housing guides and hosts weekly welcome "
                    "cafés in several districts."
                ),
            },
            "pl": {
                "name": "Willkommensnetz Bremen (Sieć Powitalna Brema)",
                "description": (
                    "Stowarzyszenie powstało w 2015 roku z inicjatyw powitalnych, organizacji "
                    "migrantów i grup sąsiedzkich. Prowadzi zespół pośredników językowych i "
                    "kulturowych, szkoli wolontariuszy pomagających w szukaniu mieszkań i co "
                    "tydzień zaprasza na kawiarenki powitalne w kilku dzielnicach."
                ),
            },
        },
    ],
    "profile": {
        "contact_email": "integration@bremen.example.org",
        "contact_phone": "+49 421 000 0000",
        "website": "https://www.bremen.de/",
        "last_revised": "2021-12-15",
        "organisations": ["bremen-social", "bremen-welcome-network"],
        "networks": [],
        "policy_categories": ["reception", "social-rights", "civil-society"],
        "image": {
            "motif": "harbour",
        },
        "de": {
            "slug": "bremen",
            "title": "Bremen",
            "tagline": (
                "Ein Stadtstaat an der Weser, der das Ankommen im Stadtteil und in der eigenen "
                "Wohnung organisiert"
            ),
            "summary": (
                "Bremen ist zugleich Stadt und Bundesland: Über Aufnahme, Unterbringung, "
                "Gesundheit und Integration entscheidet eine Senatsverwaltung. Als 2015 und 2016 "
                "in kurzer Zeit Tausende Geflüchtete ankamen, setzte die Stadt früh darauf, "
                "Notunterkünfte rasch zu verlassen und Menschen in gewöhnliche Wohnungen in "
                "allen Stadtteilen zu vermitteln. Seit 2005 erhalten Asylsuchende eine "
                "Gesundheitskarte, das sogenannte Bremer Modell. Quartiersarbeit, Sprach- und "
                "Kulturmittlung und eine enge Zusammenarbeit mit Wohlfahrtsverbänden, "
                "Wohnungsunternehmen und Migrant*innenorganisationen prägen den Bremer Ansatz. "
                "Knapper Wohnraum und ungleiche Chancen zwischen den Stadtteilen bleiben die "
                "größten Herausforderungen."
            ),
            "key_findings": (
                "<ol><li>Weil Land und Stadt eine Verwaltung sind, liegen Aufnahme, "
                "Unterbringung und Integration nah beieinander; Entscheidungen fallen auf kurzem "
                "Weg.</li><li>„Wohnung vor Wohnheim“ ist seit 2015 die Leitlinie der "
                "Unterbringung: Gemeinschaftsunterkünfte sollen eine kurze Station "
                "bleiben.</li><li>Die Gesundheitskarte für Asylsuchende gilt bundesweit als "
                "Beispiel für einen unbürokratischen Zugang zur medizinischen "
                "Versorgung.</li><li>Integration wird im Quartier organisiert: Schulen, "
                "Familienzentren und Quartiersbüros sind die ersten Anlaufstellen.</li></ol>"
            ),
            "distinctive": (
                "<p>Bremen ist seit Jahrhunderten eine Hafen- und Handelsstadt, und Zuwanderung "
                "gehört zu ihrer Geschichte. Seit den 1960er-Jahren kamen Arbeitskräfte aus der "
                "Türkei und Südeuropa für Werften, Hafen und Industrie, später "
                "Spätaussiedler*innen aus Polen und der früheren Sowjetunion, Geflüchtete aus "
                "dem ehemaligen Jugoslawien und ab 2015 vor allem aus Syrien, Afghanistan, dem "
                "Irak und Eritrea. Hinzu kommen Zugewanderte aus EU-Staaten wie Bulgarien und "
                "Rumänien.</p><p>Weil Bremen Stadt und Bundesland zugleich ist, liegen Aufnahme, "
                "Unterbringung, Schule, Gesundheit und Integration in der Hand eines Senats. Was "
                "anderswo zwischen Land und Kommune ausgehandelt werden muss, wird hier auf "
                "kurzem Weg entschieden – etwa die Gesundheitskarte für Asylsuchende, die Bremen "
                "bereits 2005 eingeführt hat.</p>"
            ),
            "policy_focus": (
                "<p>Leitlinie ist das Integrationskonzept „In Bremen zuhause“, das der Senat im "
                "Januar 2016 beschlossen hat. Es versteht Integration als gemeinsame Aufgabe "
                "aller Ressorts, sieht Sprache als Grundlage und benennt Wohnen, Bildung und "
                "Arbeit als zentrale Handlungsfelder.</p><p>In der Praxis heißt das: ein "
                "möglichst kurzer Aufenthalt in Gemeinschaftsunterkünften, Vorrang für "
                "Wohnungen, Sprachkurse von Anfang an, Vorkurse für neu zugewanderte Kinder in "
                "den Schulen und Beratung auf dem Weg in Ausbildung und Arbeit. Der Bremer Rat "
                "für Integration, in dem auch Migrant*innenorganisationen mitwirken, berät "
                "Politik und Verwaltung.</p>"
            ),
            "key_factors": (
                "<p>Kurze Wege in einem Stadtstaat, eine starke freie Wohlfahrtspflege und eine "
                "Zivilgesellschaft, die 2015 Tausende Ehrenamtliche mobilisierte, tragen die "
                "Bremer Integrationsarbeit.</p><p>Wichtig ist auch die Quartierspolitik: Das "
                "Programm „Wohnen in Nachbarschaften“ fördert seit Ende der 1990er-Jahre "
                "Projekte in benachteiligten Stadtteilen – dort, wo viele Neuzugewanderte leben. "
                "Begrenzend wirken die angespannte Haushaltslage des Landes und ein knapper "
                "Markt für bezahlbare Wohnungen.</p>"
            ),
            "responsible_office": (
                "Die Senatorin für Soziales, Jugend, Integration und Sport – Bereich Integration"
            ),
            "address": "Bahnhofsplatz 29, 28195 Bremen",
            "contact_name": "Katrin Meyerhoff",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "ca. 567.000",
                    "label": "Einwohner*innen der Stadt Bremen",
                    "year": 2020,
                    "source": "Statistisches Landesamt Bremen",
                },
                {
                    "measure": "migration_background",
                    "value": "über 1/3",
                    "label": "Anteil der Einwohner*innen mit Migrationshintergrund (ungefähr)",
                    "year": 2020,
                    "source": "Statistisches Landesamt Bremen",
                },
                {
                    "value": "23",
                    "label": "Stadtteile, in denen Integration vor Ort organisiert wird",
                    "year": 2020,
                    "source": "Freie Hansestadt Bremen",
                },
            ],
            "statistics": [
                {
                    "title": "Umzüge aus Übergangswohnheimen in eigene Wohnungen",
                    "description": (
                        "Illustrative Werte, keine amtliche Statistik: Das Diagramm zeigt den "
                        "typischen Verlauf nach 2015 – zuerst viele Umzüge, danach weniger, weil "
                        "weniger Menschen ankamen und bezahlbare Wohnungen knapper wurden."
                    ),
                    "value_label": "Umzüge pro Jahr (illustrativ)",
                    "source": "Illustrative Werte zur Veranschaulichung",
                    "data": [
                        {
                            "label": "2016",
                            "value": 1800,
                        },
                        {
                            "label": "2017",
                            "value": 2400,
                        },
                        {
                            "label": "2018",
                            "value": 1900,
                        },
                        {
                            "label": "2019",
                            "value": 1400,
                        },
                        {
                            "label": "2020",
                            "value": 1100,
                        },
                    ],
                },
            ],
        },
        "en": {
            "slug": "bremen",
            "title": "Bremen",
            "tagline": (
                "A city-state on the Weser that organises arrival in the neighbourhood and in a "
                "home of one's own"
            ),
            "summary": (
                "Bremen is both a city and a federal state: one Senate administration decides on "
                "reception, housing, health and integration. When thousands of refugees arrived "
                "within a short time in 2015 and 2016, the city resolved early on to leave "
                "emergency shelters quickly and to help people move into ordinary flats in every "
                "district. Since 2005 asylum seekers have received a health insurance card, the "
                "so-called Bremen model. Neighbourhood work, language and culture mediation and "
                "close cooperation with welfare associations, housing companies and migrant "
                "organisations shape Bremen's approach. Scarce housing and unequal opportunities "
                "between districts remain the greatest challenges."
            ),
            "key_findings": (
                "<ol><li>Because the state and the city share one administration, reception, "
                "housing and integration sit close together and decisions are made "
                "quickly.</li><li>“Flats before shelters” has guided accommodation policy since "
                "2015: shared accommodation is meant to be a short stage.</li><li>The health "
                "card for asylum seekers is cited across Germany as an example of unbureaucratic "
                "access to medical care.</li><li>Integration is organised in the neighbourhood: "
                "schools, family centres and neighbourhood offices are the first points of "
                "contact.</li></ol>"
            ),
            "distinctive": (
                "<p>Bremen has been a port and trading city for centuries, and migration is part "
                "of its history. From the 1960s workers came from Turkey and southern Europe for "
                "the shipyards, the port and industry; later came ethnic German resettlers from "
                "Poland and the former Soviet Union, refugees from former Yugoslavia and, from "
                "2015, mainly from Syria, Afghanistan, Iraq and Eritrea. They have been joined "
                "by newcomers from EU countries such as Bulgaria and Romania.</p><p>Because "
                "Bremen is a city and a federal state at once, reception, housing, schools, "
                "health and integration are in the hands of one Senate. What elsewhere has to be "
                "negotiated between the state and the municipality is decided here quickly – for "
                "example the health card for asylum seekers, which Bremen introduced as early as "
                "2005.</p>"
            ),
            "policy_focus": (
                "<p>Policy is guided by the integration concept “At home in Bremen”, adopted by "
                "the Senate in January 2016. It treats integration as a joint task of all "
                "departments, sees language as the foundation and names housing, education and "
                "work as the key fields of action.</p><p>In practice this means: as short a stay "
                "in shared accommodation as possible, priority for flats, language courses from "
                "the start, preparatory classes for newly arrived children in schools, and "
                "guidance on the way into training and work. The Bremen Council for Integration, "
                "in which migrant organisations also take part, advises politicians and the "
                "administration.</p>"
            ),
            "key_factors": (
                "<p>Short distances in a city-state, strong independent welfare associations and "
                "a civil society that mobilised thousands of volunteers in 2015 carry Bremen's "
                "integration work.</p><p>Neighbourhood policy matters too: since the late 1990s "
                "the programme “Living in Neighbourhoods” has funded projects in disadvantaged "
                "districts – where many newcomers live. The state's strained budget and a tight "
                "market for affordable housing set the limits.</p>"
            ),
            "responsible_office": (
                "Senator for Social Affairs, Youth, Integration and Sport – Integration Division"
            ),
            "address": "Bahnhofsplatz 29, 28195 Bremen, Germany",
            "contact_name": "Katrin Meyerhoff",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "approx. 567,000",
                    "label": "residents of the city of Bremen",
                    "year": 2020,
                    "source": "Statistical Office of Bremen",
                },
                {
                    "measure": "migration_background",
                    "value": "over 1/3",
                    "label": "share of residents with a migration background (approximate)",
                    "year": 2020,
                    "source": "Statistical Office of Bremen",
                },
                {
                    "value": "23",
                    "label": "districts in which integration is organised locally",
                    "year": 2020,
                    "source": "Free Hanseatic City of Bremen",
                },
            ],
            "statistics": [
                {
                    "title": "Moves from transitional shelters into flats of their own",
                    "description": (
                        "Illustrative values, not official statistics: the chart shows the "
                        "typical course after 2015 – many moves at first, fewer later, as fewer "
                        "people arrived and affordable flats became scarcer."
                    ),
                    "value_label": "Moves per year (illustrative)",
                    "source": "Illustrative values",
                    "data": [
                        {
                            "label": "2016",
                            "value": 1800,
                        },
                        {
                            "label": "2017",
                            "value": 2400,
                        },
                        {
                            "label": "2018",
                            "value": 1900,
                        },
                        {
                            "label": "2019",
                            "value": 1400,
                        },
                        {
                            "label": "2020",
                            "value": 1100,
                        },
                    ],
                },
            ],
        },
        "pl": {
            "slug": "brema",
            "title": "Brema",
            "tagline": (
                "Miasto-kraj nad Wezerą, które organizuje przyjęcie nowych mieszkańców w "
                "dzielnicy i we własnym mieszkaniu"
            ),
            "summary": (
                "Brema jest jednocześnie miastem i krajem związkowym: o przyjmowaniu, "
                "zakwaterowaniu, zdrowiu i integracji decyduje jedna administracja senacka. Gdy "
                "w latach 2015–2016 w krótkim czasie przybyły tysiące uchodźców, miasto wcześnie "
                "postawiło na szybkie opuszczanie schronień tymczasowych i pomoc w przeprowadzce "
                "do zwykłych mieszkań we wszystkich dzielnicach. Od 2005 roku osoby ubiegające "
                "się o azyl otrzymują kartę zdrowia – tak zwany model bremeński. Podejście Bremy "
                "wyróżniają praca w dzielnicach, pośrednictwo językowe i kulturowe oraz ścisła "
                "współpraca z organizacjami dobroczynnymi, spółkami mieszkaniowymi i "
                "organizacjami migrantów. Największymi wyzwaniami pozostają brak mieszkań i "
                "nierówne szanse między dzielnicami."
            ),
            "key_findings": (
                "<ol><li>Ponieważ kraj związkowy i miasto mają jedną administrację, "
                "przyjmowanie, zakwaterowanie i integracja są blisko siebie, a decyzje zapadają "
                "szybko.</li><li>Zasada „najpierw mieszkanie, nie ośrodek” wyznacza od 2015 roku "
                "politykę zakwaterowania: zakwaterowanie zbiorowe ma być krótkim "
                "etapem.</li><li>Karta zdrowia dla osób ubiegających się o azyl jest w całych "
                "Niemczech przykładem prostego dostępu do opieki medycznej.</li><li>Integracja "
                "jest organizowana w dzielnicy: szkoły, centra rodzinne i biura osiedlowe są "
                "pierwszymi miejscami kontaktu.</li></ol>"
            ),
            "distinctive": (
                "<p>Brema od stuleci jest miastem portowym i kupieckim, a migracje są częścią "
                "jej historii. Od lat 60. XX wieku przyjeżdżali tu pracownicy z Turcji i Europy "
                "Południowej do stoczni, portu i przemysłu, później późni przesiedleńcy z Polski "
                "i byłego Związku Radzieckiego, uchodźcy z byłej Jugosławii, a od 2015 roku "
                "przede wszystkim z Syrii, Afganistanu, Iraku i Erytrei. Dołączają do nich "
                "przybysze z państw UE, takich jak Bułgaria i Rumunia.</p><p>Ponieważ Brema jest "
                "jednocześnie miastem i krajem związkowym, przyjmowanie, zakwaterowanie, szkoły, "
                "zdrowie i integracja są w rękach jednego senatu. To, co gdzie indziej trzeba "
                "negocjować między krajem a gminą, tutaj rozstrzyga się szybko – na przykład "
                "kartę zdrowia dla osób ubiegających się o azyl, którą Brema wprowadziła już w "
                "2005 roku.</p>"
            ),
            "policy_focus": (
                "<p>Podstawą polityki jest koncepcja integracji „W Bremie jak w domu”, przyjęta "
                "przez senat w styczniu 2016 roku. Traktuje ona integrację jako wspólne zadanie "
                "wszystkich resortów, uznaje język za fundament, a mieszkalnictwo, edukację i "
                "pracę za kluczowe obszary działania.</p><p>W praktyce oznacza to: możliwie "
                "krótki pobyt w zakwaterowaniu zbiorowym, pierwszeństwo mieszkań, kursy językowe "
                "od samego początku, klasy przygotowawcze dla nowo przybyłych dzieci w szkołach "
                "oraz doradztwo na drodze do nauki zawodu i pracy. Bremeńska Rada ds. "
                "Integracji, w której uczestniczą także organizacje migrantów, doradza politykom "
                "i administracji.</p>"
            ),
            "key_factors": (
                "<p>Pracę integracyjną Bremy niosą krótkie ścieżki w mieście-kraju, silne "
                "niezależne organizacje dobroczynne i społeczeństwo obywatelskie, które w 2015 "
                "roku zmobilizowało tysiące wolontariuszy.</p><p>Ważna jest też polityka "
                "dzielnicowa: program „Mieszkać w sąsiedztwie” od końca lat 90. finansuje "
                "projekty w dzielnicach zagrożonych wykluczeniem – tam, gdzie mieszka wielu nowo "
                "przybyłych. Ograniczeniem są napięty budżet kraju związkowego i ciasny rynek "
                "tanich mieszkań.</p>"
            ),
            "responsible_office": (
                "Senator ds. Społecznych, Młodzieży, Integracji i Sportu – Dział Integracji"
            ),
            "address": "Bahnhofsplatz 29, 28195 Brema, Niemcy",
            "contact_name": "Katrin Meyerhoff",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "ok. 567 tys.",
                    "label": "mieszkańców miasta Brema",
                    "year": 2020,
                    "source": "Urząd Statystyczny Bremy",
                },
                {
                    "measure": "migration_background",
                    "value": "ponad 1/3",
                    "label": (
                        "odsetek mieszkańców z doświadczeniem migracji w rodzinie (w przybliżeniu)"
                    ),
                    "year": 2020,
                    "source": "Urząd Statystyczny Bremy",
                },
                {
                    "value": "23",
                    "label": "dzielnice, w których integracja jest organizowana lokalnie",
                    "year": 2020,
                    "source": "Wolne Hanzeatyckie Miasto Brema",
                },
            ],
            "statistics": [
                {
                    "title": "Przeprowadzki z ośrodków przejściowych do własnych mieszkań",
                    "description": (
                        "Wartości ilustracyjne, nie oficjalne dane: wykres pokazuje typowy "
                        "przebieg po 2015 roku – najpierw wiele przeprowadzek, potem mniej, bo "
                        "przybywało mniej osób, a tanich mieszkań było coraz mniej."
                    ),
                    "value_label": "Przeprowadzki rocznie (ilustracyjnie)",
                    "source": "Wartości ilustracyjne",
                    "data": [
                        {
                            "label": "2016",
                            "value": 1800,
                        },
                        {
                            "label": "2017",
                            "value": 2400,
                        },
                        {
                            "label": "2018",
                            "value": 1900,
                        },
                        {
                            "label": "2019",
                            "value": 1400,
                        },
                        {
                            "label": "2020",
                            "value": 1100,
                        },
                    ],
                },
            ],
        },
    },
    "report": {
        "start_date": "2021-03-22",
        "end_date": "2021-03-24",
        "contact_email": "integration@bremen.example.org",
        "thematic_areas": ["housing", "communication", "health", "local-communities"],
        "target_groups": ["refugees", "newcomers", "families"],
        "host_organisations": ["bremen-social", "bremen-welcome-network"],
        "visiting_cities": ["gdansk", "ghent", "bologna", "thessaloniki"],
        "practices": [0, 1],
        "image": {
            "motif": "meeting",
        },
        "gallery": [
            {
                "motif": "walk",
            },
            {
                "motif": "table",
            },
            {
                "motif": "harbour",
            },
        ],
        "de": {
            "slug": "studienbesuch-bremen-2021",
            "title": "Studienbesuch in Bremen, 22.–24. März 2021",
            "summary": (
                "Der erste Studienbesuch des Netzwerks führte vom 22. bis 24. März 2021 nach "
                "Bremen. Unter Pandemiebedingungen, in kleiner Gruppe und mit einigen digitalen "
                "Programmpunkten, erfuhren Vertreter*innen aus Danzig, Gent, Bologna und "
                "Thessaloniki, wie Bremen Geflüchtete aufnimmt, aus Gemeinschaftsunterkünften in "
                "eigene Wohnungen begleitet und Verständigung durch Sprach- und Kulturmittlung "
                "sichert. Beim Treffen mit Initiativen, Behörden, Aktivist*innen und "
                "Migrant*innen ging es um knappen Wohnraum, Diskriminierung, Beteiligung und die "
                "Folgen der Pandemie. Der Bericht fasst Programm, Diskussion, Stärken und "
                "Herausforderungen sowie übertragbare Ansätze zusammen."
            ),
            "context": (
                "<p>2015 und 2016 kamen in wenigen Monaten mehrere Tausend Geflüchtete nach "
                "Bremen. Die Stadt musste Turnhallen, Zelte und leerstehende Gebäude als "
                "Notunterkünfte nutzen und gleichzeitig Schulplätze, Sprachkurse und Beratung "
                "schaffen. Der Senat beschloss früh, Sammelunterkünfte nur als kurze Station zu "
                "verstehen, und legte im Januar 2016 ein ressortübergreifendes "
                "Integrationskonzept vor.</p><p>Im Frühjahr 2021 kamen deutlich weniger Menschen "
                "an, doch die Aufgaben hatten sich verschoben: Bezahlbare Wohnungen sind knapp, "
                "viele Haushalte warten lange auf den Auszug aus den Übergangswohnheimen, und "
                "die Pandemie hat gezeigt, wie verletzlich Menschen in Gemeinschaftsunterkünften "
                "sind. Für die Partnerstädte war Bremen deshalb ein gutes Beispiel dafür, wie "
                "eine Stadt von der Notversorgung zu dauerhaften Strukturen übergeht.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Zwei Themen zogen sich durch die drei Tage: der Weg aus den "
                        "Übergangswohnheimen in eigene Wohnungen und die Verständigung mit Hilfe "
                        "von Sprach- und Kulturmittler*innen. Die Gäste sahen beides vor Ort – im "
                        "Übergangswohnheim in Hemelingen, beim Willkommensnetz Bremen und im "
                        "Stadtteil Gröpelingen – und hörten von Fachkräften wie von "
                        "Zugewanderten, wo es noch hakt.</p><p>Beim Treffen im Bremer Westen "
                        "saßen Verwaltung, Träger, Initiativen und Geflüchtete an einem Tisch, "
                        "etwa ein Drittel von ihnen online zugeschaltet. Das Diagramm zeigt, wer "
                        "gekommen war; am stärksten vertreten waren die Zugewanderten selbst.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "Der Besuch in Zahlen",
                        "figures": [
                            {
                                "value": "3",
                                "label": "Tage Programm, vom 22. bis 24. März 2021",
                                "year": 2021,
                                "source": "Programm des Studienbesuchs",
                            },
                            {
                                "value": "9",
                                "label": "Programmpunkte, einer davon ganz online",
                                "year": 2021,
                                "source": "Programm des Studienbesuchs",
                            },
                            {
                                "value": "rund 30",
                                "label": (
                                    "Teilnehmende beim Treffen mit Initiativen, Institutionen und "
                                    "Migrant*innen"
                                ),
                                "year": 2021,
                                "source": "Programm des Studienbesuchs",
                            },
                            {
                                "value": "4",
                                "label": (
                                    "Partnerstädte zu Gast: Danzig, Gent, Bologna und Thessaloniki"
                                ),
                                "year": 2021,
                                "source": "Programm des Studienbesuchs",
                            },
                        ],
                    },
                },
                {
                    "type": "chart",
                    "value": {
                        "title": "Wer am Treffen im Bremer Westen teilnahm",
                        "description": (
                            "Die rund 24 Bremer Teilnehmenden nach Gruppen; dazu kamen sechs "
                            "Gäste aus den Partnerstädten. Gerundete Zahlen nach der "
                            "Teilnahmeliste."
                        ),
                        "value_label": "Personen",
                        "source": "Teilnahmeliste des Projektteams Welcoming Cities, gerundet",
                        "data": [
                            {
                                "label": "Verwaltung",
                                "value": 5,
                            },
                            {
                                "label": "Wohnheime",
                                "value": 4,
                            },
                            {
                                "label": "Mittlung",
                                "value": 5,
                            },
                            {
                                "label": "Initiativen",
                                "value": 4,
                            },
                            {
                                "label": "Zugewanderte",
                                "value": 6,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Am Telefon ist die Wohnung noch frei. Sobald ich meinen Namen sage, "
                            "ist sie schon vergeben."
                        ),
                        "attribution": (
                            "Ein Teilnehmer des Treffens, 2016 als Geflüchteter nach Bremen "
                            "gekommen"
                        ),
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-03-22",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": (
                        "Die Senatorin für Soziales, Jugend, Integration und Sport, "
                        "Bahnhofsplatz 29"
                    ),
                    "title": "Begrüßung und Einführung: Integration im Stadtstaat",
                    "description": (
                        "Die Gastgeber*innen stellten das Integrationskonzept des Senats vor, "
                        "erläuterten die Aufgabenteilung zwischen Senat, Stadtteilen und freien "
                        "Trägern und gaben einen Überblick über die Entwicklung seit 2015."
                    ),
                },
                {
                    "date": "2021-03-22",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Erstaufnahmeeinrichtung in Bremen-Vegesack",
                    "title": "Ankommen: Erstaufnahme und Gesundheitsversorgung",
                    "description": (
                        "Wegen der Pandemie fand der Besuch als Rundgang im Außenbereich statt. "
                        "Die Leitung erklärte Registrierung, Erstuntersuchung und "
                        "Weiterverteilung; eine Mitarbeiterin des Gesundheitsamts zeigte, wie "
                        "die Gesundheitskarte für Asylsuchende im Alltag funktioniert."
                    ),
                },
                {
                    "date": "2021-03-22",
                    "start_time": "14:30",
                    "end_time": "16:30",
                    "place": "Übergangswohnheim in Bremen-Hemelingen",
                    "title": "Vom Übergangswohnheim in die eigene Wohnung",
                    "description": (
                        "Die Wohnraumberaterin des Trägers zeigte, wie Haushalte auf die "
                        "Wohnungssuche vorbereitet werden. Ein Vertreter der kommunalen "
                        "Wohnungsgesellschaft GEWOBA und zwei ehrenamtliche Wohnungslotsen "
                        "berichteten aus ihrer Praxis."
                    ),
                },
                {
                    "date": "2021-03-23",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Willkommensnetz Bremen e. V., Bremen-Mitte",
                    "title": "Sprach- und Kulturmittlung: von der Buchung bis zum Einsatz",
                    "description": (
                        "Die Koordinatorinnen stellten den Mittlerpool, das Buchungsverfahren "
                        "und die Schulung vor. Drei Mittler*innen schilderten Einsätze in "
                        "Schule, Arztpraxis und Jobcenter – und die Grenzen ihrer Rolle."
                    ),
                },
                {
                    "date": "2021-03-23",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Bremen-Gröpelingen",
                    "title": "Stadtteilspaziergang mit dem Quartiersmanagement",
                    "description": (
                        "Ein Spaziergang durch einen der vielfältigsten Stadtteile Bremens: vom "
                        "Quartiersbüro über ein Familienzentrum bis zu einer Grundschule mit "
                        "Vorkursen für neu zugewanderte Kinder."
                    ),
                },
                {
                    "date": "2021-03-23",
                    "start_time": "14:30",
                    "end_time": "17:30",
                    "place": "Nachbarschaftshaus im Bremer Westen (hybrid)",
                    "title": (
                        "Treffen mit Initiativen, Institutionen, Aktivist*innen und Migrant*innen"
                    ),
                    "description": (
                        "Rund dreißig Personen, ein Teil davon online zugeschaltet, diskutierten "
                        "in drei Runden über Wohnen, Verständigung und Beteiligung."
                    ),
                },
                {
                    "date": "2021-03-24",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Bremer Volkshochschule, Bamberger-Haus",
                    "title": "Sprache und Arbeit: Kurse, Beratung, Anerkennung",
                    "description": (
                        "Volkshochschule und Jobcenter zeigten, wie Integrationskurse, "
                        "Berufssprachkurse und die Beratung zur Anerkennung ausländischer "
                        "Abschlüsse ineinandergreifen und wie der Unterricht während der "
                        "Pandemie digital weiterlief."
                    ),
                },
                {
                    "date": "2021-03-24",
                    "start_time": "11:30",
                    "end_time": "12:30",
                    "place": "Online",
                    "title": "Psychosoziale Unterstützung für Geflüchtete",
                    "description": (
                        "Eine Fachberatungsstelle für traumatisierte Geflüchtete sprach über "
                        "Wartezeiten, die Arbeit mit Dolmetschenden und die Zusammenarbeit mit "
                        "Schulen und Unterkünften."
                    ),
                },
                {
                    "date": "2021-03-24",
                    "start_time": "13:30",
                    "end_time": "15:00",
                    "place": (
                        "Die Senatorin für Soziales, Jugend, Integration und Sport, "
                        "Bahnhofsplatz 29"
                    ),
                    "title": "Abschlussworkshop: Was nehmen wir mit?",
                    "description": (
                        "Die Delegationen sammelten Erkenntnisse, benannten Ansätze für die "
                        "eigene Stadt und verabredeten erste gemeinsame Schritte."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>Am Treffen nahmen rund dreißig Personen teil, etwa ein Drittel davon "
                "online:</p><ul><li>Mitarbeitende der Senatorin für Soziales, Jugend, "
                "Integration und Sport, des Jobcenters und des Gesundheitsamts</li><li>Leitungen "
                "und Sozialarbeiter*innen von Übergangswohnheimen der freien "
                "Wohlfahrtspflege</li><li>Sprach- und Kulturmittler*innen sowie Ehrenamtliche "
                "des Willkommensnetzes Bremen</li><li>Vertreter*innen von "
                "Migrant*innenorganisationen, einer Beratungsstelle für Geflüchtete und eines "
                "Quartiersmanagements</li><li>Geflüchtete und andere Zugewanderte, darunter "
                "junge Erwachsene, die als unbegleitete Minderjährige nach Bremen gekommen "
                "sind</li><li>die Delegationen aus Danzig, Gent, Bologna und "
                "Thessaloniki</li></ul>"
            ),
            "meeting_discussion": (
                "<p><b>Wohnen.</b> Alle waren sich einig, dass die eigene Wohnung der Wendepunkt "
                "des Ankommens ist. Geflüchtete berichteten von Absagen, sobald ein fremd "
                "klingender Name fällt; Wohnungslotsen forderten eine unabhängige Stelle, an die "
                "sich Betroffene bei Diskriminierung wenden können. Die Verwaltung verwies auf "
                "den Mangel an Sozialwohnungen und darauf, dass große Familien besonders lange "
                "warten.</p><p><b>Verständigung.</b> Fachkräfte aus Schule und Gesundheitswesen "
                "schätzen die Sprach- und Kulturmittlung, wünschen sich aber kürzere "
                "Vorlaufzeiten. Die Mittler*innen betonten, dass sie nicht beraten, sondern "
                "übersetzen und erklären – und dass diese Grenze immer wieder deutlich gemacht "
                "werden muss. Offen blieb, wie sich Honorare so gestalten lassen, dass die "
                "Arbeit nicht dauerhaft prekär bleibt.</p><p><b>Beteiligung und Pandemie.</b> "
                "Migrant*innenorganisationen kritisierten, dass sie oft erst gefragt werden, "
                "wenn Entscheidungen schon gefallen sind. Mehrere Teilnehmende schilderten, wie "
                "Schulschließungen und fehlende Geräte Familien in Unterkünften zurückgeworfen "
                "haben. Die Gäste aus Bologna und Thessaloniki berichteten von ähnlichen "
                "Erfahrungen; Danzig stellte seinen Rat der Immigrantinnen und Immigranten als "
                "Beispiel für frühe Beteiligung vor.</p>"
            ),
            "key_findings": (
                "<ol><li>Wohnungen statt Sammelunterkünfte sind kein Luxus, sondern die "
                "Voraussetzung für Schule, Arbeit und Nachbarschaft; entscheidend ist die "
                "verlässliche Begleitung von Mieter*innen und Vermieter*innen.</li><li>Wo Land "
                "und Stadt eine Verwaltung sind, lassen sich Lösungen wie die Gesundheitskarte "
                "schnell umsetzen; andere Städte brauchen dafür Vereinbarungen mit Krankenkassen "
                "und übergeordneten Behörden.</li><li>Sprach- und Kulturmittlung wirkt, wenn sie "
                "organisiert, geschult und bezahlt ist – ehrenamtliches Übersetzen auf Zuruf "
                "reicht nicht.</li><li>Integration gelingt im Quartier: Schulen, Familienzentren "
                "und Quartiersbüros erreichen Neuzugewanderte oft besser als zentrale "
                "Angebote.</li></ol>"
            ),
            "strengths": (
                "<ul><li>eine klare politische Linie seit 2015 und ein ressortübergreifendes "
                "Integrationskonzept</li><li>enge Zusammenarbeit mit Wohlfahrtsverbänden, "
                "Wohnungsunternehmen und Ehrenamtlichen</li><li>ein niedrigschwelliger Zugang "
                "zur Gesundheitsversorgung für Asylsuchende</li><li>Sprach- und "
                "Kulturmittler*innen mit eigener Migrationserfahrung, die als Brücke anerkannt "
                "sind</li></ul>"
            ),
            "challenges": (
                "<ul><li>zu wenig bezahlbarer Wohnraum, besonders für große Familien und "
                "alleinstehende Männer</li><li>Diskriminierung auf dem Wohnungsmarkt, gegen die "
                "es kaum wirksame Beschwerdewege gibt</li><li>projektabhängige Finanzierung und "
                "unsichere Honorare in der Sprachmittlung</li><li>ungleiche Lebensbedingungen "
                "zwischen den Stadtteilen, die in der Pandemie noch sichtbarer wurden</li></ul>"
            ),
            "next_actions": (
                "<ul><li>Danzig prüft mit seiner kommunalen Wohnungsverwaltung eine feste "
                "Ansprechstelle für Vermieter*innen, die an Migrant*innen "
                "vermieten.</li><li>Bremen und Gent tauschen im Herbst 2021 Schulungsunterlagen "
                "für Sprachmittler*innen und Ehrenamtliche aus.</li><li>Das Willkommensnetz "
                "Bremen stellt seinen Leitfaden für Einsätze in Schulen zur Übersetzung ins "
                "Polnische, Italienische und Griechische bereit.</li><li>Die Ergebnisse fließen "
                "in die Online-Publikation des Netzwerks Ende 2021 ein.</li></ul>"
            ),
            "transferability": (
                "<p>Die Strategie „Wohnung vor Wohnheim“ lässt sich auch in Städten mit kleinem "
                "kommunalem Wohnungsbestand erproben. Entscheidend sind eine Person, die für "
                "Vermieter*innen verlässlich erreichbar ist, eine gesicherte Mietzahlung und "
                "Begleitung in den ersten Monaten. Ein Pilot mit zehn bis zwanzig Haushalten "
                "genügt, um Vertrauen aufzubauen.</p><p>Für die Sprach- und Kulturmittlung raten "
                "die Bremer Kolleg*innen, mit wenigen, häufig gebrauchten Sprachen und einer "
                "kleinen Gruppe gut geschulter Mittler*innen zu beginnen, Rollenregeln "
                "schriftlich festzuhalten und von Anfang an Honorare einzuplanen. Die "
                "Gesundheitskarte ist nur übertragbar, wo das nationale Recht Spielraum lässt; "
                "der Grundgedanke – Behandlung ohne vorherigen Antrag beim Sozialamt – verdient "
                "aber überall eine Prüfung.</p>"
            ),
            "authors": (
                "Projektteam Welcoming Cities, Danzig, gemeinsam mit der Senatorin für Soziales, "
                "Jugend, Integration und Sport, Bremen"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "Eine kleine Gruppe mit Masken geht eine Straße mit Backsteinhäusern in "
                        "Bremen-Gröpelingen entlang."
                    ),
                    "caption": "Stadtteilspaziergang in Gröpelingen mit dem Quartiersmanagement",
                    "credit": "Willkommensnetz Bremen",
                },
                {
                    "alt_text": (
                        "Menschen sitzen mit Abstand an langen Tischen; auf einem Bildschirm "
                        "sind weitere Teilnehmende zugeschaltet."
                    ),
                    "caption": (
                        "Das hybride Treffen mit Initiativen, Institutionen und Migrant*innen"
                    ),
                    "credit": "Projektteam Welcoming Cities",
                },
                {
                    "alt_text": (
                        "Blick über die Weser auf Kräne und alte Lagerhäuser in der Überseestadt."
                    ),
                    "caption": (
                        "Bremen ist seit Jahrhunderten eine Hafenstadt – und eine Stadt der "
                        "Zuwanderung."
                    ),
                    "credit": "Projektteam Welcoming Cities",
                },
            ],
        },
        "en": {
            "slug": "study-visit-bremen-2021",
            "title": "Study visit to Bremen, 22–24 March 2021",
            "summary": (
                "The network's first study visit took place in Bremen from 22 to 24 March 2021. "
                "Under pandemic conditions, in a small group and with some sessions held online, "
                "representatives of Gdańsk, Ghent, Bologna and Thessaloniki learnt how Bremen "
                "receives refugees, supports them in moving from shared accommodation into flats "
                "of their own and secures understanding through language and culture mediation. "
                "The meeting with initiatives, public bodies, activists and migrants dealt with "
                "scarce housing, discrimination, participation and the effects of the pandemic. "
                "The report sums up the programme, the discussion, strengths and challenges, and "
                "approaches that can be transferred."
            ),
            "context": (
                "<p>In 2015 and 2016 several thousand refugees arrived in Bremen within a few "
                "months. The city had to use sports halls, tents and empty buildings as "
                "emergency shelters while creating school places, language courses and "
                "counselling at the same time. The Senate decided early on that shared "
                "accommodation should only be a short stage, and in January 2016 it presented an "
                "integration concept covering all departments.</p><p>By spring 2021 far fewer "
                "people were arriving, but the tasks had shifted: affordable flats are scarce, "
                "many households wait a long time to leave the transitional shelters, and the "
                "pandemic has shown how vulnerable people in shared accommodation are. For the "
                "partner cities Bremen was therefore a good example of how a city moves from "
                "emergency response to lasting structures.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Two themes ran through the three days: the way from transitional "
                        "shelters into flats of one's own, and communication with the help of "
                        "language and culture mediators. The guests saw both at first hand – in "
                        "the transitional shelter in Hemelingen, at Willkommensnetz Bremen and in "
                        "the Gröpelingen district – and heard from professionals and migrants "
                        "alike where things still get stuck.</p><p>At the meeting in western "
                        "Bremen, public bodies, service providers, initiatives and refugees sat "
                        "at one table, about a third of them joining online. The chart shows who "
                        "came; the migrants themselves were the largest group.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "The visit in figures",
                        "figures": [
                            {
                                "value": "3",
                                "label": "days of programme, 22 to 24 March 2021",
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "9",
                                "label": "sessions, one of them entirely online",
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "about 30",
                                "label": (
                                    "participants in the meeting with initiatives, institutions "
                                    "and migrants"
                                ),
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "4",
                                "label": (
                                    "partner cities as guests: Gdańsk, Ghent, Bologna and "
                                    "Thessaloniki"
                                ),
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                        ],
                    },
                },
                {
                    "type": "chart",
                    "value": {
                        "title": "Who took part in the meeting in western Bremen",
                        "description": (
                            "The roughly 24 participants from Bremen by group; six guests from "
                            "the partner cities came as well. Rounded figures from the attendance "
                            "list."
                        ),
                        "value_label": "People",
                        "source": "Attendance list of the Welcoming Cities project team, rounded",
                        "data": [
                            {
                                "label": "Public bodies",
                                "value": 5,
                            },
                            {
                                "label": "Shelters",
                                "value": 4,
                            },
                            {
                                "label": "Mediators",
                                "value": 5,
                            },
                            {
                                "label": "Initiatives",
                                "value": 4,
                            },
                            {
                                "label": "Migrants",
                                "value": 6,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "On the phone the flat is still available. As soon as I say my name, "
                            "it has already been let."
                        ),
                        "attribution": (
                            "A participant in the meeting who came to Bremen as a refugee in 2016"
                        ),
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-03-22",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": (
                        "Senator for Social Affairs, Youth, Integration and Sport, Bahnhofsplatz "
                        "29"
                    ),
                    "title": "Welcome and introduction: integration in a city-state",
                    "description": (
                        "The hosts presented the Senate's integration concept, explained how "
                        "tasks are shared between the Senate, the districts and independent "
                        "welfare organisations, and gave an overview of developments since 2015."
                    ),
                },
                {
                    "date": "2021-03-22",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Initial reception centre in Bremen-Vegesack",
                    "title": "Arriving: initial reception and health care",
                    "description": (
                        "Because of the pandemic the visit took the form of a walk around the "
                        "outside of the centre. The management explained registration, the first "
                        "medical examination and onward placement; a member of staff of the "
                        "public health office showed how the health card for asylum seekers "
                        "works in everyday life."
                    ),
                },
                {
                    "date": "2021-03-22",
                    "start_time": "14:30",
                    "end_time": "16:30",
                    "place": "Transitional shelter in Bremen-Hemelingen",
                    "title": "From a transitional shelter to a flat of one's own",
                    "description": (
                        "The operator's housing adviser showed how households are prepared for "
                        "the search for a flat. A representative of the municipal housing "
                        "company GEWOBA and two volunteer housing guides spoke about their "
                        "experience."
                    ),
                },
                {
                    "date": "2021-03-23",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Willkommensnetz Bremen, Bremen-Mitte",
                    "title": "Language and culture mediation: from booking to assignment",
                    "description": (
                        "The coordinators presented the pool of mediators, the booking procedure "
                        "and the training. Three mediators described assignments at a school, a "
                        "doctor's surgery and the job centre – and the limits of their role."
                    ),
                },
                {
                    "date": "2021-03-23",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Bremen-Gröpelingen",
                    "title": "Neighbourhood walk with the neighbourhood management",
                    "description": (
                        "A walk through one of Bremen's most diverse districts: from the "
                        "neighbourhood office to a family centre and a primary school with "
                        "preparatory classes for newly arrived children."
                    ),
                },
                {
                    "date": "2021-03-23",
                    "start_time": "14:30",
                    "end_time": "17:30",
                    "place": "Community centre in western Bremen (hybrid)",
                    "title": "Meeting with initiatives, institutions, activists and migrants",
                    "description": (
                        "About thirty people, some of them joining online, discussed housing, "
                        "communication and participation in three rounds."
                    ),
                },
                {
                    "date": "2021-03-24",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Bremen Adult Education Centre, Bamberger-Haus",
                    "title": "Language and work: courses, guidance, recognition",
                    "description": (
                        "The adult education centre and the job centre showed how integration "
                        "courses, job-related language courses and advice on the recognition of "
                        "foreign qualifications fit together, and how teaching continued online "
                        "during the pandemic."
                    ),
                },
                {
                    "date": "2021-03-24",
                    "start_time": "11:30",
                    "end_time": "12:30",
                    "place": "Online",
                    "title": "Psychosocial support for refugees",
                    "description": (
                        "A specialist counselling centre for traumatised refugees spoke about "
                        "waiting times, working with interpreters and cooperation with schools "
                        "and shelters."
                    ),
                },
                {
                    "date": "2021-03-24",
                    "start_time": "13:30",
                    "end_time": "15:00",
                    "place": (
                        "Senator for Social Affairs, Youth, Integration and Sport, Bahnhofsplatz "
                        "29"
                    ),
                    "title": "Closing workshop: what do we take home?",
                    "description": (
                        "The delegations gathered their findings, named approaches for their own "
                        "cities and agreed on first joint steps."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>About thirty people took part in the meeting, around a third of them "
                "online:</p><ul><li>staff of the Senator for Social Affairs, Youth, Integration "
                "and Sport, the job centre and the public health office</li><li>managers and "
                "social workers of transitional shelters run by independent welfare "
                "organisations</li><li>language and culture mediators and volunteers of "
                "Willkommensnetz Bremen</li><li>representatives of migrant organisations, a "
                "refugee counselling centre and a neighbourhood management "
                "office</li><li>refugees and other migrants, including young adults who came to "
                "Bremen as unaccompanied minors</li><li>the delegations from Gdańsk, Ghent, "
                "Bologna and Thessaloniki</li></ul>"
            ),
            "meeting_discussion": (
                "<p><b>Housing.</b> Everyone agreed that a flat of one's own is the turning "
                "point of arrival. Refugees spoke of being turned down as soon as a "
                "foreign-sounding name was mentioned; housing guides called for an independent "
                "body that people facing discrimination can turn to. The administration pointed "
                "to the shortage of social housing and to the fact that large families wait "
                "especially long.</p><p><b>Communication.</b> Professionals from schools and "
                "health care value language and culture mediation but would like shorter booking "
                "times. The mediators stressed that they do not give advice but translate and "
                "explain – and that this boundary has to be made clear again and again. It "
                "remained open how fees can be set so that the work does not stay "
                "precarious.</p><p><b>Participation and the pandemic.</b> Migrant organisations "
                "criticised that they are often asked only after decisions have been made. "
                "Several participants described how school closures and a lack of devices set "
                "families in shelters back. The guests from Bologna and Thessaloniki reported "
                "similar experiences; Gdańsk presented its Immigrants' Council as an example of "
                "early participation.</p>"
            ),
            "key_findings": (
                "<ol><li>Flats instead of shared accommodation are not a luxury but the "
                "precondition for school, work and neighbourly life; what matters is reliable "
                "support for tenants and landlords.</li><li>Where the state and the city are one "
                "administration, solutions such as the health card can be introduced quickly; "
                "other cities need agreements with health insurers and higher "
                "authorities.</li><li>Language and culture mediation works when it is organised, "
                "trained and paid – ad hoc volunteer translation is not "
                "enough.</li><li>Integration succeeds in the neighbourhood: schools, family "
                "centres and neighbourhood offices often reach newcomers better than central "
                "services.</li></ol>"
            ),
            "strengths": (
                "<ul><li>a clear political line since 2015 and an integration concept spanning "
                "all departments</li><li>close cooperation with welfare associations, housing "
                "companies and volunteers</li><li>low-threshold access to health care for asylum "
                "seekers</li><li>language and culture mediators with their own migration "
                "experience who are recognised as bridge builders</li></ul>"
            ),
            "challenges": (
                "<ul><li>too little affordable housing, especially for large families and single "
                "men</li><li>discrimination on the housing market, with hardly any effective "
                "ways to complain</li><li>project-based funding and uncertain fees for language "
                "mediation</li><li>unequal living conditions between districts, made even more "
                "visible by the pandemic</li></ul>"
            ),
            "next_actions": (
                "<ul><li>Gdańsk is exploring with its municipal housing management a permanent "
                "contact point for landlords who rent to migrants.</li><li>Bremen and Ghent will "
                "exchange training materials for language mediators and volunteers in autumn "
                "2021.</li><li>Willkommensnetz Bremen is making its guide for assignments in "
                "schools available for translation into Polish, Italian and Greek.</li><li>The "
                "results will feed into the network's online publication at the end of "
                "2021.</li></ul>"
            ),
            "transferability": (
                "<p>The “flats before shelters” strategy can also be tested in cities with "
                "little municipal housing. What matters is one person landlords can reliably "
                "reach, secure rent payments and support during the first months. A pilot with "
                "ten to twenty households is enough to build trust.</p><p>For language and "
                "culture mediation, the Bremen colleagues advise starting with a few frequently "
                "needed languages and a small group of well-trained mediators, setting down the "
                "rules of the role in writing and budgeting for fees from the start. The health "
                "card can only be transferred where national law leaves room for it; its core "
                "idea – treatment without first applying to the social welfare office – is worth "
                "examining everywhere.</p>"
            ),
            "authors": (
                "Welcoming Cities project team, Gdańsk, together with the Senator for Social "
                "Affairs, Youth, Integration and Sport, Bremen"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "A small group wearing masks walks along a street of brick houses in "
                        "Bremen-Gröpelingen."
                    ),
                    "caption": (
                        "Neighbourhood walk in Gröpelingen with the neighbourhood management"
                    ),
                    "credit": "Willkommensnetz Bremen",
                },
                {
                    "alt_text": (
                        "People sit at a distance from each other at long tables; more "
                        "participants join on a screen."
                    ),
                    "caption": "The hybrid meeting with initiatives, institutions and migrants",
                    "credit": "Welcoming Cities project team",
                },
                {
                    "alt_text": (
                        "View across the Weser to cranes and old warehouses in the Überseestadt."
                    ),
                    "caption": (
                        "Bremen has been a port city for centuries – and a city of migration."
                    ),
                    "credit": "Welcoming Cities project team",
                },
            ],
        },
        "pl": {
            "slug": "wizyta-studyjna-brema-2021",
            "title": "Wizyta studyjna w Bremie, 22–24 marca 2021",
            "summary": (
                "Pierwsza wizyta studyjna sieci odbyła się w Bremie w dniach 22–24 marca 2021 "
                "roku. W warunkach pandemii, w małej grupie i z częścią spotkań online "
                "przedstawiciele Gdańska, Gandawy, Bolonii i Salonik poznali, jak Brema "
                "przyjmuje uchodźców, pomaga im przeprowadzić się z zakwaterowania zbiorowego do "
                "własnych mieszkań i zapewnia porozumienie dzięki pośrednictwu językowemu i "
                "kulturowemu. Spotkanie z inicjatywami, instytucjami, aktywistami i migrantami "
                "dotyczyło braku mieszkań, dyskryminacji, partycypacji i skutków pandemii. "
                "Raport podsumowuje program, dyskusję, mocne strony i wyzwania oraz rozwiązania, "
                "które można przenieść do innych miast."
            ),
            "context": (
                "<p>W latach 2015–2016 w ciągu kilku miesięcy do Bremy przybyło kilka tysięcy "
                "uchodźców. Miasto musiało wykorzystać hale sportowe, namioty i puste budynki "
                "jako schronienia tymczasowe, a jednocześnie tworzyć miejsca w szkołach, kursy "
                "językowe i doradztwo. Senat wcześnie zdecydował, że zakwaterowanie zbiorowe ma "
                "być tylko krótkim etapem, a w styczniu 2016 roku przedstawił koncepcję "
                "integracji obejmującą wszystkie resorty.</p><p>Wiosną 2021 roku przybywało "
                "znacznie mniej osób, ale zadania się zmieniły: tanich mieszkań brakuje, wiele "
                "gospodarstw domowych długo czeka na wyprowadzkę z ośrodków przejściowych, a "
                "pandemia pokazała, jak bezbronni są ludzie w zakwaterowaniu zbiorowym. Dla "
                "miast partnerskich Brema była więc dobrym przykładem tego, jak miasto "
                "przechodzi od działań doraźnych do trwałych rozwiązań.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Przez wszystkie trzy dni przewijały się dwa tematy: droga z ośrodków "
                        "przejściowych do własnych mieszkań oraz porozumienie dzięki pośrednikom "
                        "językowym i kulturowym. Goście zobaczyli jedno i drugie na miejscu – w "
                        "ośrodku przejściowym w Hemelingen, w Willkommensnetz Bremen i w "
                        "dzielnicy Gröpelingen – i usłyszeli od specjalistów i od migrantów, "
                        "gdzie wciąż pojawiają się trudności.</p><p>Na spotkaniu w zachodniej "
                        "części Bremy przy jednym stole zasiedli przedstawiciele urzędów, "
                        "organizacji prowadzących ośrodki, inicjatyw oraz uchodźcy; mniej więcej "
                        "jedna trzecia łączyła się online. Wykres pokazuje, kto przyszedł; "
                        "najliczniejszą grupą byli sami migranci.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "Wizyta w liczbach",
                        "figures": [
                            {
                                "value": "3",
                                "label": "dni programu, 22–24 marca 2021",
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "9",
                                "label": "punktów programu, w tym jeden w całości online",
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "ok. 30",
                                "label": (
                                    "uczestników spotkania z inicjatywami, instytucjami i "
                                    "migrantami"
                                ),
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "4",
                                "label": (
                                    "miasta partnerskie w gościach: Gdańsk, Gandawa, Bolonia i "
                                    "Saloniki"
                                ),
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                        ],
                    },
                },
                {
                    "type": "chart",
                    "value": {
                        "title": "Kto wziął udział w spotkaniu w zachodniej części Bremy",
                        "description": (
                            "Około 24 uczestników z Bremy według grup; do tego sześcioro gości z "
                            "miast partnerskich. Liczby zaokrąglone na podstawie listy obecności."
                        ),
                        "value_label": "Osoby",
                        "source": (
                            "Lista obecności zespołu projektu Welcoming Cities, w zaokrągleniu"
                        ),
                        "data": [
                            {
                                "label": "Urzędy",
                                "value": 5,
                            },
                            {
                                "label": "Ośrodki",
                                "value": 4,
                            },
                            {
                                "label": "Pośrednicy",
                                "value": 5,
                            },
                            {
                                "label": "Inicjatywy",
                                "value": 4,
                            },
                            {
                                "label": "Migranci",
                                "value": 6,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Przez telefon mieszkanie jest jeszcze wolne. Gdy tylko podam "
                            "nazwisko, okazuje się, że już je wynajęto."
                        ),
                        "attribution": (
                            "Uczestnik spotkania, który przyjechał do Bremy jako uchodźca w 2016 "
                            "roku"
                        ),
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-03-22",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": (
                        "Senator ds. Społecznych, Młodzieży, Integracji i Sportu, Bahnhofsplatz 29"
                    ),
                    "title": "Powitanie i wprowadzenie: integracja w mieście-kraju",
                    "description": (
                        "Gospodarze przedstawili senacką koncepcję integracji, wyjaśnili podział "
                        "zadań między senatem, dzielnicami i niezależnymi organizacjami "
                        "dobroczynnymi oraz omówili zmiany od 2015 roku."
                    ),
                },
                {
                    "date": "2021-03-22",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Ośrodek pierwszego przyjęcia w dzielnicy Vegesack",
                    "title": "Przybycie: pierwsze przyjęcie i opieka zdrowotna",
                    "description": (
                        "Z powodu pandemii wizyta miała formę obchodu wokół ośrodka. "
                        "Kierownictwo wyjaśniło rejestrację, pierwsze badanie lekarskie i dalsze "
                        "rozmieszczenie; pracownica urzędu zdrowia pokazała, jak w praktyce "
                        "działa karta zdrowia dla osób ubiegających się o azyl."
                    ),
                },
                {
                    "date": "2021-03-22",
                    "start_time": "14:30",
                    "end_time": "16:30",
                    "place": "Ośrodek przejściowy w dzielnicy Hemelingen",
                    "title": "Z ośrodka przejściowego do własnego mieszkania",
                    "description": (
                        "Doradczyni mieszkaniowa operatora ośrodka pokazała, jak gospodarstwa "
                        "domowe przygotowuje się do szukania mieszkania. Przedstawiciel "
                        "miejskiej spółki mieszkaniowej GEWOBA i dwoje wolontariuszy "
                        "pomagających w szukaniu mieszkań opowiedzieli o swoich doświadczeniach."
                    ),
                },
                {
                    "date": "2021-03-23",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Willkommensnetz Bremen, dzielnica Mitte",
                    "title": "Pośrednictwo językowe i kulturowe: od rezerwacji do spotkania",
                    "description": (
                        "Koordynatorki przedstawiły zespół pośredników, sposób rezerwacji i "
                        "szkolenie. Troje pośredników opisało spotkania w szkole, w gabinecie "
                        "lekarskim i w urzędzie pracy – oraz granice swojej roli."
                    ),
                },
                {
                    "date": "2021-03-23",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Dzielnica Gröpelingen",
                    "title": "Spacer po dzielnicy z zespołem zarządzania osiedlem",
                    "description": (
                        "Spacer po jednej z najbardziej zróżnicowanych dzielnic Bremy: od biura "
                        "osiedlowego przez centrum rodzinne do szkoły podstawowej z klasami "
                        "przygotowawczymi dla nowo przybyłych dzieci."
                    ),
                },
                {
                    "date": "2021-03-23",
                    "start_time": "14:30",
                    "end_time": "17:30",
                    "place": "Dom sąsiedzki w zachodniej Bremie (formuła hybrydowa)",
                    "title": "Spotkanie z inicjatywami, instytucjami, aktywistami i migrantami",
                    "description": (
                        "Około trzydziestu osób, część z nich online, rozmawiało w trzech "
                        "rundach o mieszkaniach, porozumiewaniu się i partycypacji."
                    ),
                },
                {
                    "date": "2021-03-24",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Bremeński Uniwersytet Ludowy (Volkshochschule), Bamberger-Haus",
                    "title": "Język i praca: kursy, doradztwo, uznawanie kwalifikacji",
                    "description": (
                        "Uniwersytet ludowy i urząd pracy pokazali, jak łączą się kursy "
                        "integracyjne, zawodowe kursy językowe i doradztwo w sprawie uznawania "
                        "zagranicznych dyplomów oraz jak w czasie pandemii nauka trwała online."
                    ),
                },
                {
                    "date": "2021-03-24",
                    "start_time": "11:30",
                    "end_time": "12:30",
                    "place": "Online",
                    "title": "Wsparcie psychospołeczne dla uchodźców",
                    "description": (
                        "Specjalistyczna poradnia dla uchodźców po traumie mówiła o czasie "
                        "oczekiwania, pracy z tłumaczami oraz współpracy ze szkołami i ośrodkami."
                    ),
                },
                {
                    "date": "2021-03-24",
                    "start_time": "13:30",
                    "end_time": "15:00",
                    "place": (
                        "Senator ds. Społecznych, Młodzieży, Integracji i Sportu, Bahnhofsplatz 29"
                    ),
                    "title": "Warsztat podsumowujący: co zabieramy ze sobą?",
                    "description": (
                        "Delegacje zebrały wnioski, wskazały rozwiązania dla własnych miast i "
                        "uzgodniły pierwsze wspólne kroki."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>W spotkaniu wzięło udział około trzydziestu osób, mniej więcej jedna trzecia "
                "online:</p><ul><li>pracownicy resortu Senatora ds. Społecznych, Młodzieży, "
                "Integracji i Sportu, urzędu pracy i urzędu zdrowia</li><li>kierownicy i "
                "pracownicy socjalni ośrodków przejściowych prowadzonych przez organizacje "
                "dobroczynne</li><li>pośrednicy językowi i kulturowi oraz wolontariusze "
                "stowarzyszenia Willkommensnetz Bremen</li><li>przedstawiciele organizacji "
                "migrantów, poradni dla uchodźców i biura zarządzania osiedlem</li><li>uchodźcy "
                "i inni migranci, w tym młodzi dorośli, którzy przybyli do Bremy jako małoletni "
                "bez opieki</li><li>delegacje z Gdańska, Gandawy, Bolonii i Salonik</li></ul>"
            ),
            "meeting_discussion": (
                "<p><b>Mieszkanie.</b> Wszyscy zgodzili się, że własne mieszkanie jest punktem "
                "zwrotnym w procesie zadomowienia. Uchodźcy opowiadali o odmowach, gdy tylko "
                "padało obco brzmiące nazwisko; wolontariusze pomagający w szukaniu mieszkań "
                "domagali się niezależnej instytucji, do której osoby dyskryminowane mogłyby się "
                "zwrócić. Administracja wskazywała na brak mieszkań socjalnych i na to, że duże "
                "rodziny czekają szczególnie długo.</p><p><b>Porozumiewanie się.</b> Pracownicy "
                "szkół i ochrony zdrowia cenią pośrednictwo językowe i kulturowe, ale chcieliby "
                "krótszego czasu oczekiwania. Pośrednicy podkreślali, że nie doradzają, lecz "
                "tłumaczą i wyjaśniają – i że tę granicę trzeba ciągle przypominać. Otwarte "
                "pozostało pytanie, jak ustalić wynagrodzenia, by ta praca nie pozostawała "
                "trwale niepewna.</p><p><b>Partycypacja i pandemia.</b> Organizacje migrantów "
                "krytykowały, że często pyta się je o zdanie dopiero po podjęciu decyzji. "
                "Kilkoro uczestników opisało, jak zamknięcie szkół i brak sprzętu cofnęły "
                "rodziny mieszkające w ośrodkach. Goście z Bolonii i Salonik mówili o podobnych "
                "doświadczeniach; Gdańsk przedstawił swoją Radę Imigrantów i Imigrantek jako "
                "przykład wczesnego włączania.</p>"
            ),
            "key_findings": (
                "<ol><li>Mieszkania zamiast zakwaterowania zbiorowego to nie luksus, lecz "
                "warunek nauki, pracy i życia sąsiedzkiego; kluczowe jest rzetelne wsparcie "
                "najemców i wynajmujących.</li><li>Gdy kraj związkowy i miasto mają jedną "
                "administrację, rozwiązania takie jak karta zdrowia można wprowadzić szybko; "
                "inne miasta potrzebują do tego porozumień z kasami chorych i władzami wyższego "
                "szczebla.</li><li>Pośrednictwo językowe i kulturowe działa, gdy jest "
                "zorganizowane, poparte szkoleniem i opłacane – doraźne tłumaczenie przez "
                "wolontariuszy nie wystarcza.</li><li>Integracja udaje się w dzielnicy: szkoły, "
                "centra rodzinne i biura osiedlowe często docierają do nowo przybyłych lepiej "
                "niż usługi centralne.</li></ol>"
            ),
            "strengths": (
                "<ul><li>jasna linia polityczna od 2015 roku i koncepcja integracji obejmująca "
                "wszystkie resorty</li><li>ścisła współpraca z organizacjami dobroczynnymi, "
                "spółkami mieszkaniowymi i wolontariuszami</li><li>łatwy dostęp do opieki "
                "zdrowotnej dla osób ubiegających się o azyl</li><li>pośrednicy językowi i "
                "kulturowi z własnym doświadczeniem migracji, uznawani za łączników między "
                "światami</li></ul>"
            ),
            "challenges": (
                "<ul><li>za mało tanich mieszkań, zwłaszcza dla dużych rodzin i samotnych "
                "mężczyzn</li><li>dyskryminacja na rynku mieszkaniowym, wobec której prawie nie "
                "ma skutecznych dróg skargi</li><li>finansowanie projektowe i niepewne "
                "wynagrodzenia w pośrednictwie językowym</li><li>nierówne warunki życia w "
                "poszczególnych dzielnicach, jeszcze wyraźniejsze w czasie pandemii</li></ul>"
            ),
            "next_actions": (
                "<ul><li>Gdańsk analizuje wspólnie z miejskim zarządcą mieszkań stały punkt "
                "kontaktowy dla wynajmujących, którzy wynajmują mieszkania "
                "migrantom.</li><li>Brema i Gandawa jesienią 2021 roku wymienią się materiałami "
                "szkoleniowymi dla pośredników językowych i "
                "wolontariuszy.</li><li>Willkommensnetz Bremen udostępni swój poradnik pracy w "
                "szkołach do przetłumaczenia na polski, włoski i grecki.</li><li>Wyniki trafią "
                "do publikacji online sieci pod koniec 2021 roku.</li></ul>"
            ),
            "transferability": (
                "<p>Strategię „najpierw mieszkanie, nie ośrodek” można wypróbować także w "
                "miastach z niewielkim zasobem mieszkań komunalnych. Kluczowe są: osoba, z którą "
                "wynajmujący mogą się zawsze skontaktować, zagwarantowana płatność czynszu i "
                "wsparcie w pierwszych miesiącach. Pilotaż z udziałem dziesięciu–dwudziestu "
                "gospodarstw domowych wystarczy, by zbudować zaufanie.</p><p>W pośrednictwie "
                "językowym i kulturowym koledzy i koleżanki z Bremy radzą zacząć od kilku "
                "najczęściej potrzebnych języków i małej grupy dobrze przeszkolonych "
                "pośredników, spisać zasady ich roli i od początku zaplanować wynagrodzenia. "
                "Kartę zdrowia można przenieść tylko tam, gdzie pozwala na to prawo krajowe; jej "
                "główną ideę – leczenie bez wcześniejszego wniosku w urzędzie socjalnym – warto "
                "jednak wszędzie rozważyć.</p>"
            ),
            "authors": (
                "Zespół projektu Welcoming Cities, Gdańsk, wraz z resortem Senatora ds. "
                "Społecznych, Młodzieży, Integracji i Sportu, Brema"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "Mała grupa w maseczkach idzie ulicą z ceglanymi domami w dzielnicy "
                        "Gröpelingen."
                    ),
                    "caption": "Spacer po Gröpelingen z zespołem zarządzania osiedlem",
                    "credit": "Willkommensnetz Bremen",
                },
                {
                    "alt_text": (
                        "Ludzie siedzą w odstępach przy długich stołach; na ekranie widać "
                        "kolejnych uczestników łączących się online."
                    ),
                    "caption": "Hybrydowe spotkanie z inicjatywami, instytucjami i migrantami",
                    "credit": "Zespół projektu Welcoming Cities",
                },
                {
                    "alt_text": (
                        "Widok przez Wezerę na dźwigi i stare magazyny w dzielnicy Überseestadt."
                    ),
                    "caption": "Brema od stuleci jest miastem portowym – i miastem migracji.",
                    "credit": "Zespół projektu Welcoming Cities",
                },
            ],
        },
    },
    "practices": [
        {
            "start_date": "2016-01-01",
            "end_date": None,
            "status": "regular",
            "people_reached": 3500,
            "contact_email": "wohnen@bremen.example.org",
            "thematic_areas": ["housing", "social-assistance", "local-communities"],
            "target_groups": ["refugees", "families", "newcomers"],
            "image": {
                "motif": "kitchen",
            },
            "de": {
                "slug": "vom-wohnheim-in-die-eigene-wohnung",
                "title": "Vom Übergangswohnheim in die eigene Wohnung",
                "summary": (
                    "Bremen bringt Geflüchtete so kurz wie möglich in Gemeinschaftsunterkünften "
                    "unter und unterstützt sie dann beim Umzug in eine gewöhnliche Mietwohnung. "
                    "Wohnraumberater*innen in den Übergangswohnheimen helfen bei der Suche, eine "
                    "feste Ansprechstelle begleitet Vermieter*innen, ehrenamtliche "
                    "Wohnungslotsen unterstützen beim Einzug, und ein kurzer Kurs erklärt Rechte "
                    "und Pflichten von Mieter*innen. So leben Geflüchtete verteilt über die "
                    "Stadtteile, Kinder besuchen Schulen in der Nachbarschaft, und große "
                    "Sammelunterkünfte bleiben die Ausnahme. Der angespannte Wohnungsmarkt und "
                    "Vorbehalte mancher Vermieter*innen begrenzen jedoch, wie schnell Umzüge "
                    "gelingen."
                ),
                "implementing_organisation": (
                    "Die Senatorin für Soziales, Jugend, Integration und Sport mit den Trägern "
                    "der Übergangswohnheime"
                ),
                "partners": (
                    "Träger der Übergangswohnheime aus der freien Wohlfahrtspflege, die "
                    "kommunale Wohnungsgesellschaft GEWOBA und weitere Wohnungsunternehmen, "
                    "Jobcenter Bremen, Willkommensnetz Bremen e. V. mit ehrenamtlichen "
                    "Wohnungslotsen, Beiräte und Quartiersmanagements in den Stadtteilen"
                ),
                "purpose": (
                    "<p>Große Sammelunterkünfte sind teuer, bieten kaum Privatsphäre und halten "
                    "Menschen vom Alltag der Stadt fern. Kinder können dort schlecht lernen, "
                    "Konflikte entstehen schon aus Enge, und in der Nachbarschaft wachsen "
                    "Vorbehalte, wenn Hunderte Menschen an einem Ort leben.</p><p>Bremen hat "
                    "deshalb früh festgelegt, dass die Unterbringung in Wohnungen Vorrang hat. "
                    "Übergangswohnheime sollen eine kurze Station sein; das Ziel ist ein eigener "
                    "Mietvertrag in einem gewöhnlichen Wohnhaus, möglichst in allen "
                    "Stadtteilen.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Drei Schritte bis zum eigenen "
                            "Mietvertrag</h3><ol><li><b>Vorbereitung im Wohnheim:</b> "
                            "Wohnraumberater*innen klären mit jedem Haushalt Größe, Budget und "
                            "Wünsche, helfen bei Unterlagen wie dem Wohnberechtigungsschein und "
                            "üben Besichtigungsgespräche.</li><li><b>Vermittlung:</b> Die "
                            "Berater*innen sammeln Angebote von Wohnungsunternehmen und privaten "
                            "Vermieter*innen und stellen passende Haushalte "
                            "vor.</li><li><b>Einzug und erste Monate:</b> Ehrenamtliche "
                            "Wohnungslotsen helfen beim Umzug, bei Strom- und Internetverträgen "
                            "und beim Kennenlernen der Nachbarschaft.</li></ol>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Für Vermieter*innen gibt es eine feste Ansprechstelle mit "
                            "eigener Telefonnummer, die bei Fragen und Konflikten schnell "
                            "reagiert. Auf Wunsch wird die Miete direkt vom Jobcenter oder vom "
                            "Sozialamt überwiesen. Mit der kommunalen Wohnungsgesellschaft und "
                            "weiteren Wohnungsunternehmen gibt es Absprachen, frei werdende "
                            "Wohnungen auch an Haushalte aus den Übergangswohnheimen zu "
                            "vergeben.</p><p>Vor dem Umzug besuchen die Haushalte einen kurzen "
                            "Mietkurs in mehreren Sprachen: Mietvertrag und Nebenkosten, "
                            "Mülltrennung, Heizen und Lüften, Hausordnung und Nachbarschaft. Die "
                            "Teilnahmebescheinigung legen viele bei Besichtigungen vor.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Im Wohnheim haben wir zwei Jahre lang zu viert in einem Zimmer "
                                "gelebt. Jetzt haben die Kinder einen Schreibtisch, und unsere "
                                "Nachbarin hilft uns, wenn ein Brief vom Amt kommt."
                            ),
                            "attribution": (
                                "Samira, Mutter von zwei Kindern, seit 2018 mit ihrer Familie in "
                                "einer Wohnung in Bremen-Hemelingen"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Was Vermieter*innen überzeugt",
                            "text": (
                                "<ul><li>eine Ansprechperson, die ans Telefon geht</li><li>die "
                                "Mietzahlung direkt durch das Jobcenter</li><li>Begleitung beim "
                                "Einzug und in den ersten Monaten</li></ul>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "In Zahlen (illustrative, gerundete Werte)",
                            "figures": [
                                {
                                    "value": "ca. 3.500",
                                    "label": (
                                        "Menschen, die seit 2016 mit Unterstützung in eine "
                                        "eigene Wohnung gezogen sind"
                                    ),
                                    "year": 2020,
                                    "source": "Illustrative Werte, gerundet",
                                },
                                {
                                    "value": "6–12 Monate",
                                    "label": "übliche Zeit im Übergangswohnheim vor dem Umzug",
                                    "year": 2020,
                                    "source": "Illustrative Werte, gerundet",
                                },
                                {
                                    "value": "über 20",
                                    "label": (
                                        "Stadtteile, in denen Geflüchtete in Mietwohnungen leben"
                                    ),
                                    "year": 2020,
                                    "source": "Illustrative Werte, gerundet",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Notunterkünfte in Turnhallen und Zelten konnten schrittweise "
                            "aufgegeben werden. Die Träger berichten, dass Kinder nach dem Umzug "
                            "regelmäßiger zur Schule gehen und Erwachsene leichter Sprachkurse "
                            "und Arbeit aufnehmen. Weil die Wohnungen über die Stadt verteilt "
                            "sind, ist die Sorge vor überforderten Nachbarschaften kleiner "
                            "geworden.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Eine wissenschaftliche Wirkungsstudie gibt es nicht. Die Träger werten "
                    "jedes Jahr Umzüge und Aufenthaltsdauer aus und befragen Haushalte nach dem "
                    "Einzug. Die Auswertungen zeigen, wo das Verfahren an Grenzen stößt: Große "
                    "Familien, alleinstehende Männer und Menschen mit unsicherem "
                    "Aufenthaltsstatus warten am längsten, und Absagen wegen des Namens oder der "
                    "Herkunft sind schwer nachzuweisen.</p>"
                ),
                "beneficiaries": (
                    "Geflüchtete Familien und Einzelpersonen in Übergangswohnheimen, vor allem "
                    "anerkannte Schutzberechtigte; außerdem Vermieter*innen und Nachbarschaften "
                    "in allen Stadtteilen."
                ),
                "funding": (
                    "<p>Die Wohnraumberatung ist Teil der Betreuung in den Übergangswohnheimen "
                    "und wird aus dem Haushalt der Sozialbehörde finanziert. Die Miete zahlen "
                    "bei Bedarf Jobcenter oder Sozialamt nach den allgemeinen Regeln. Die "
                    "Wohnungslotsen arbeiten ehrenamtlich und werden vom Willkommensnetz Bremen "
                    "mit einer kleinen Zuwendung geschult und begleitet. Eine Wohnung ist in der "
                    "Regel günstiger als ein Platz in einer Gemeinschaftsunterkunft.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Politisch festlegen, dass Wohnungen Vorrang vor Sammelunterkünften "
                    "haben, und eine Zielmarke für die Aufenthaltsdauer setzen.</li><li>In jeder "
                    "Unterkunft eine Wohnraumberatung einrichten, die Haushalte früh auf die "
                    "Suche vorbereitet.</li><li>Mit kommunalen und genossenschaftlichen "
                    "Wohnungsunternehmen verbindliche Absprachen über frei werdende Wohnungen "
                    "treffen.</li><li>Eine Ansprechstelle für Vermieter*innen mit fester "
                    "Telefonnummer schaffen und die direkte Mietzahlung durch die Sozialbehörde "
                    "ermöglichen.</li><li>Einen kurzen Mietkurs in den wichtigsten Sprachen "
                    "anbieten und eine Teilnahmebescheinigung ausstellen.</li><li>Ehrenamtliche "
                    "Wohnungslotsen gewinnen, schulen und hauptamtlich begleiten.</li><li>Umzüge "
                    "und Aufenthaltsdauer jedes Jahr auswerten und die Ergebnisse mit Trägern "
                    "und Stadtteilbeiräten besprechen.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Die Senatorin für Soziales, Jugend, Integration und Sport",
                        "url": "https://www.soziales.bremen.de/",
                    },
                    {
                        "title": "Stadtportal Bremen",
                        "url": "https://www.bremen.de/",
                    },
                ],
                "contact_name": "Jens Hollmann",
            },
            "en": {
                "slug": "from-shelter-to-a-flat-of-ones-own",
                "title": "From a transitional shelter to a flat of one's own",
                "summary": (
                    "Bremen houses refugees in shared accommodation for as short a time as "
                    "possible and then helps them move into an ordinary rented flat. Housing "
                    "advisers in the transitional shelters help with the search, a permanent "
                    "contact point supports landlords, volunteer housing guides help with moving "
                    "in, and a short course explains tenants' rights and duties. As a result, "
                    "refugees live spread across the districts, children attend neighbourhood "
                    "schools and large collective shelters remain the exception. The tight "
                    "housing market and the reservations of some landlords, however, limit how "
                    "quickly moves succeed."
                ),
                "implementing_organisation": (
                    "Senator for Social Affairs, Youth, Integration and Sport with the operators "
                    "of the transitional shelters"
                ),
                "partners": (
                    "Operators of transitional shelters from independent welfare organisations, "
                    "the municipal housing company GEWOBA and other housing companies, Jobcenter "
                    "Bremen, Willkommensnetz Bremen with volunteer housing guides, district "
                    "councils and neighbourhood management offices"
                ),
                "purpose": (
                    "<p>Large collective shelters are expensive, offer hardly any privacy and "
                    "keep people away from the everyday life of the city. Children find it hard "
                    "to study there, conflicts arise from overcrowding alone, and reservations "
                    "grow in the neighbourhood when hundreds of people live in one "
                    "place.</p><p>Bremen therefore decided early on that housing in flats has "
                    "priority. Transitional shelters are meant to be a short stage; the goal is "
                    "a tenancy agreement of one's own in an ordinary residential building, "
                    "ideally in every district.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Three steps to a tenancy of one's "
                            "own</h3><ol><li><b>Preparation in the shelter:</b> housing advisers "
                            "discuss size, budget and wishes with each household, help with "
                            "documents such as the certificate of eligibility for social housing "
                            "and practise viewing conversations.</li><li><b>Placement:</b> the "
                            "advisers collect offers from housing companies and private "
                            "landlords and introduce suitable households.</li><li><b>Moving in "
                            "and the first months:</b> volunteer housing guides help with the "
                            "move, with electricity and internet contracts and with getting to "
                            "know the neighbourhood.</li></ol>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Landlords have a permanent contact point with its own phone "
                            "number that responds quickly to questions and conflicts. If they "
                            "wish, the rent is transferred directly by the job centre or the "
                            "social welfare office. Agreements with the municipal housing "
                            "company and other housing companies ensure that vacant flats are "
                            "also let to households from the transitional shelters.</p><p>Before "
                            "moving, households attend a short tenancy course in several "
                            "languages: the tenancy agreement and service charges, waste "
                            "separation, heating and ventilation, house rules and neighbourly "
                            "life. Many show the certificate of attendance at viewings.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "In the shelter the four of us lived in one room for two years. "
                                "Now the children have a desk, and our neighbour helps us when a "
                                "letter comes from the authorities."
                            ),
                            "attribution": (
                                "Samira, mother of two, living with her family in a flat in "
                                "Bremen-Hemelingen since 2018"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "What convinces landlords",
                            "text": (
                                "<ul><li>a contact person who answers the phone</li><li>rent "
                                "paid directly by the job centre</li><li>support when tenants "
                                "move in and during the first months</li></ul>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "In figures (illustrative, rounded values)",
                            "figures": [
                                {
                                    "value": "approx. 3,500",
                                    "label": (
                                        "people who have moved into a flat of their own with "
                                        "support since 2016"
                                    ),
                                    "year": 2020,
                                    "source": "Illustrative values, rounded",
                                },
                                {
                                    "value": "6–12 months",
                                    "label": "usual time in a transitional shelter before moving",
                                    "year": 2020,
                                    "source": "Illustrative values, rounded",
                                },
                                {
                                    "value": "over 20",
                                    "label": "districts in which refugees live in rented flats",
                                    "year": 2020,
                                    "source": "Illustrative values, rounded",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Emergency shelters in sports halls and tents could be closed "
                            "step by step. The operators report that after moving, children "
                            "attend school more regularly and adults find it easier to take up "
                            "language courses and work. Because the flats are spread across the "
                            "city, concerns about overburdened neighbourhoods have eased.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>There is no scientific impact study. Every year the operators analyse "
                    "moves and length of stay and survey households after they have moved in. "
                    "The analyses show where the process reaches its limits: large families, "
                    "single men and people with an insecure residence status wait longest, and "
                    "rejections because of a name or origin are hard to prove.</p>"
                ),
                "beneficiaries": (
                    "Refugee families and individuals in transitional shelters, above all those "
                    "granted protection; also landlords and neighbourhoods in all districts."
                ),
                "funding": (
                    "<p>Housing advice is part of the support in the transitional shelters and "
                    "is funded from the social welfare department's budget. Where needed, the "
                    "rent is paid by the job centre or the social welfare office under the "
                    "general rules. The housing guides are volunteers; Willkommensnetz Bremen "
                    "trains and supports them with a small grant. A flat is usually cheaper than "
                    "a place in shared accommodation.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Decide politically that flats take priority over collective "
                    "shelters and set a target for the length of stay.</li><li>Set up housing "
                    "advice in every shelter that prepares households for the search early "
                    "on.</li><li>Make binding agreements on vacant flats with municipal and "
                    "cooperative housing companies.</li><li>Create a contact point for landlords "
                    "with a permanent phone number and allow the social welfare office to pay "
                    "the rent directly.</li><li>Offer a short tenancy course in the most "
                    "important languages and issue a certificate of attendance.</li><li>Recruit "
                    "and train volunteer housing guides and give them support from paid "
                    "staff.</li><li>Analyse moves and length of stay every year and discuss the "
                    "results with operators and district councils.</li></ol>"
                ),
                "links": [
                    {
                        "title": (
                            "Senator for Social Affairs, Youth, Integration and Sport (in German)"
                        ),
                        "url": "https://www.soziales.bremen.de/",
                    },
                    {
                        "title": "City portal of Bremen",
                        "url": "https://www.bremen.de/",
                    },
                ],
                "contact_name": "Jens Hollmann",
            },
            "pl": {
                "slug": "z-osrodka-do-wlasnego-mieszkania",
                "title": "Z ośrodka przejściowego do własnego mieszkania",
                "summary": (
                    "Brema kwateruje uchodźców w zakwaterowaniu zbiorowym na możliwie krótki "
                    "czas, a potem pomaga im przeprowadzić się do zwykłego wynajmowanego "
                    "mieszkania. Doradcy mieszkaniowi w ośrodkach przejściowych pomagają w "
                    "poszukiwaniach, stały punkt kontaktowy wspiera wynajmujących, wolontariusze "
                    "pomagają przy wprowadzce, a krótki kurs wyjaśnia prawa i obowiązki "
                    "najemców. Dzięki temu uchodźcy mieszkają w różnych dzielnicach, dzieci "
                    "chodzą do szkół w sąsiedztwie, a duże ośrodki zbiorowe pozostają wyjątkiem. "
                    "Napięty rynek mieszkaniowy i uprzedzenia części wynajmujących ograniczają "
                    "jednak tempo przeprowadzek."
                ),
                "implementing_organisation": (
                    "Senator ds. Społecznych, Młodzieży, Integracji i Sportu wraz z operatorami "
                    "ośrodków przejściowych"
                ),
                "partners": (
                    "Operatorzy ośrodków przejściowych z sektora organizacji dobroczynnych, "
                    "miejska spółka mieszkaniowa GEWOBA i inne spółki mieszkaniowe, urząd pracy "
                    "Jobcenter Bremen, stowarzyszenie Willkommensnetz Bremen z wolontariuszami "
                    "pomagającymi w szukaniu mieszkań, rady dzielnic i biura zarządzania "
                    "osiedlami"
                ),
                "purpose": (
                    "<p>Duże ośrodki zbiorowe są drogie, nie dają prawie żadnej prywatności i "
                    "odcinają ludzi od codziennego życia miasta. Dzieciom trudno się w nich "
                    "uczyć, konflikty rodzą się już z samej ciasnoty, a w sąsiedztwie rosną "
                    "obawy, gdy w jednym miejscu mieszkają setki osób.</p><p>Dlatego Brema "
                    "wcześnie zdecydowała, że pierwszeństwo ma zakwaterowanie w mieszkaniach. "
                    "Ośrodki przejściowe mają być krótkim etapem; celem jest własna umowa najmu "
                    "w zwykłym budynku mieszkalnym, najlepiej we wszystkich dzielnicach.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Trzy kroki do własnej umowy najmu</h3><ol><li><b>Przygotowanie "
                            "w ośrodku:</b> doradcy mieszkaniowi ustalają z każdym gospodarstwem "
                            "domowym wielkość mieszkania, budżet i oczekiwania, pomagają w "
                            "dokumentach, takich jak zaświadczenie uprawniające do mieszkania "
                            "socjalnego, i ćwiczą rozmowy przy oglądaniu "
                            "mieszkań.</li><li><b>Pośrednictwo:</b> doradcy zbierają oferty "
                            "spółek mieszkaniowych i prywatnych wynajmujących i przedstawiają im "
                            "odpowiednie gospodarstwa domowe.</li><li><b>Wprowadzka i pierwsze "
                            "miesiące:</b> wolontariusze pomagają w przeprowadzce, w zawarciu "
                            "umów na prąd i internet oraz w poznaniu sąsiedztwa.</li></ol>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Wynajmujący mają stały punkt kontaktowy z własnym numerem "
                            "telefonu, który szybko reaguje na pytania i konflikty. Na życzenie "
                            "czynsz jest przelewany bezpośrednio przez urząd pracy lub urząd "
                            "socjalny. Dzięki porozumieniom z miejską spółką mieszkaniową i "
                            "innymi spółkami zwalniane mieszkania trafiają także do gospodarstw "
                            "domowych z ośrodków przejściowych.</p><p>Przed przeprowadzką "
                            "gospodarstwa domowe przechodzą krótki kurs najmu w kilku językach: "
                            "umowa najmu i opłaty dodatkowe, segregacja odpadów, ogrzewanie i "
                            "wietrzenie, regulamin domu i życie sąsiedzkie. Wiele osób pokazuje "
                            "zaświadczenie o udziale przy oglądaniu mieszkań.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "W ośrodku przez dwa lata mieszkaliśmy we czwórkę w jednym "
                                "pokoju. Teraz dzieci mają biurko, a sąsiadka pomaga nam, kiedy "
                                "przychodzi list z urzędu."
                            ),
                            "attribution": (
                                "Samira, matka dwojga dzieci, od 2018 roku mieszka z rodziną w "
                                "mieszkaniu w dzielnicy Hemelingen"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Co przekonuje wynajmujących",
                            "text": (
                                "<ul><li>osoba kontaktowa, która odbiera telefon</li><li>czynsz "
                                "płacony bezpośrednio przez urząd pracy</li><li>wsparcie przy "
                                "wprowadzce i w pierwszych miesiącach</li></ul>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "W liczbach (wartości ilustracyjne, zaokrąglone)",
                            "figures": [
                                {
                                    "value": "ok. 3500",
                                    "label": (
                                        "osób, które od 2016 roku przeprowadziły się z pomocą do "
                                        "własnego mieszkania"
                                    ),
                                    "year": 2020,
                                    "source": "Wartości ilustracyjne, zaokrąglone",
                                },
                                {
                                    "value": "6–12 miesięcy",
                                    "label": (
                                        "typowy czas pobytu w ośrodku przejściowym przed "
                                        "przeprowadzką"
                                    ),
                                    "year": 2020,
                                    "source": "Wartości ilustracyjne, zaokrąglone",
                                },
                                {
                                    "value": "ponad 20",
                                    "label": (
                                        "dzielnic, w których uchodźcy mieszkają w wynajmowanych "
                                        "mieszkaniach"
                                    ),
                                    "year": 2020,
                                    "source": "Wartości ilustracyjne, zaokrąglone",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Schronienia tymczasowe w halach sportowych i namiotach można "
                            "było stopniowo zamknąć. Operatorzy ośrodków zauważają, że po "
                            "przeprowadzce dzieci regularniej chodzą do szkoły, a dorośli "
                            "łatwiej podejmują kursy językowe i pracę. Ponieważ mieszkania są "
                            "rozproszone po całym mieście, zmalały obawy przed przeciążeniem "
                            "sąsiedztw.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Nie przeprowadzono naukowego badania skutków. Operatorzy co roku "
                    "analizują przeprowadzki i długość pobytu oraz ankietują gospodarstwa domowe "
                    "po wprowadzce. Analizy pokazują, gdzie procedura napotyka granice: "
                    "najdłużej czekają duże rodziny, samotni mężczyźni i osoby z niepewnym "
                    "statusem pobytowym, a odmowy z powodu nazwiska lub pochodzenia trudno "
                    "udowodnić.</p>"
                ),
                "beneficiaries": (
                    "Rodziny uchodźców i osoby samotne w ośrodkach przejściowych, przede "
                    "wszystkim osoby objęte ochroną; także wynajmujący i społeczności sąsiedzkie "
                    "we wszystkich dzielnicach."
                ),
                "funding": (
                    "<p>Doradztwo mieszkaniowe jest częścią opieki w ośrodkach przejściowych i "
                    "jest finansowane z budżetu resortu spraw społecznych. W razie potrzeby "
                    "czynsz płaci urząd pracy lub urząd socjalny na ogólnych zasadach. "
                    "Wolontariusze działają społecznie; Willkommensnetz Bremen szkoli ich i "
                    "wspiera dzięki niewielkiej dotacji. Mieszkanie jest zwykle tańsze niż "
                    "miejsce w zakwaterowaniu zbiorowym.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Podjąć decyzję polityczną, że mieszkania mają pierwszeństwo przed "
                    "ośrodkami zbiorowymi, i wyznaczyć docelową długość pobytu.</li><li>W każdym "
                    "ośrodku uruchomić doradztwo mieszkaniowe, które wcześnie przygotowuje "
                    "gospodarstwa domowe do poszukiwań.</li><li>Zawrzeć wiążące porozumienia w "
                    "sprawie zwalnianych mieszkań z miejskimi i spółdzielczymi zarządcami "
                    "mieszkań.</li><li>Utworzyć punkt kontaktowy dla wynajmujących ze stałym "
                    "numerem telefonu i umożliwić bezpośrednią płatność czynszu przez pomoc "
                    "społeczną.</li><li>Zaproponować krótki kurs najmu w najważniejszych "
                    "językach i wydawać zaświadczenie o udziale.</li><li>Pozyskać i przeszkolić "
                    "wolontariuszy pomagających w szukaniu mieszkań oraz zapewnić im wsparcie "
                    "etatowych pracowników.</li><li>Co roku analizować przeprowadzki i długość "
                    "pobytu oraz omawiać wyniki z operatorami ośrodków i radami "
                    "dzielnic.</li></ol>"
                ),
                "links": [
                    {
                        "title": (
                            "Senator ds. Społecznych, Młodzieży, Integracji i Sportu (po "
                            "niemiecku)"
                        ),
                        "url": "https://www.soziales.bremen.de/",
                    },
                    {
                        "title": "Portal miejski Bremy",
                        "url": "https://www.bremen.de/",
                    },
                ],
                "contact_name": "Jens Hollmann",
            },
        },
        {
            "start_date": "2016-03-01",
            "end_date": None,
            "status": "running",
            "people_reached": 6000,
            "contact_email": "sprachmittlung@bremen.example.org",
            "thematic_areas": ["communication", "health", "education", "social-assistance"],
            "target_groups": ["newcomers", "refugees", "families", "professionals"],
            "image": {
                "motif": "table",
            },
            "de": {
                "slug": "sprach-und-kulturmittlung",
                "title": "Sprach- und Kulturmittlung für Neuankommende",
                "summary": (
                    "In Bremen begleiten geschulte Sprach- und Kulturmittler*innen neu "
                    "angekommene Menschen zu Terminen in Schulen, Kitas, Arztpraxen, "
                    "Beratungsstellen und Behörden. Den Pool organisiert das Willkommensnetz "
                    "Bremen; öffentliche Einrichtungen buchen Einsätze kostenlos über ein "
                    "Online-Formular. Die meisten Mittler*innen haben selbst "
                    "Migrationserfahrung, sprechen zusammen über zwanzig Sprachen und erhalten "
                    "eine Grundschulung sowie regelmäßige Supervision. Die Einsätze verbessern "
                    "die Verständigung in schwierigen Gesprächen, ersetzen aber kein beeidigtes "
                    "Dolmetschen vor Gericht oder bei medizinischen Aufklärungen. Ergänzt wird "
                    "der Dienst durch wöchentliche Willkommenscafés in mehreren Stadtteilen."
                ),
                "implementing_organisation": (
                    "Willkommensnetz Bremen e. V. im Auftrag der Senatorin für Soziales, Jugend, "
                    "Integration und Sport"
                ),
                "partners": (
                    "Kitas und Schulen, Gesundheitsamt und Arztpraxen, Jobcenter und soziale "
                    "Dienste, Beratungsstellen der Wohlfahrtsverbände, "
                    "Migrant*innenorganisationen, Bremer Volkshochschule"
                ),
                "purpose": (
                    "<p>Ein Elterngespräch, eine Impfberatung oder ein Termin im Jobcenter "
                    "scheitern oft nicht am guten Willen, sondern an der Sprache – und an "
                    "unausgesprochenen Erwartungen. Häufig übersetzen Kinder oder Bekannte, was "
                    "für alle Beteiligten belastend ist und zu Fehlern "
                    "führt.</p><p>Professionelle Dolmetscher*innen sind teuer und für seltene "
                    "Sprachen kaum kurzfristig zu finden. Sprach- und Kulturmittler*innen "
                    "schließen diese Lücke: Sie übertragen das Gespräch und erklären, wenn "
                    "nötig, wie eine Schule oder eine Behörde in Deutschland funktioniert.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>So läuft ein Einsatz</h3><ol><li>Die Einrichtung bucht "
                            "mindestens drei Werktage vorher über ein Online-Formular, in "
                            "dringenden Fällen telefonisch.</li><li>Die Koordinierungsstelle "
                            "wählt eine Person nach Sprache, Stadtteil und, wenn gewünscht, "
                            "Geschlecht aus.</li><li>Vor dem Gespräch stimmen sich Fachkraft und "
                            "Mittler*in kurz ab, danach gibt es ein kurzes "
                            "Nachgespräch.</li><li>Die Einrichtung zahlt nichts; das Honorar "
                            "rechnet der Verein ab.</li></ol>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Alle Mittler*innen absolvieren eine Grundschulung von rund "
                            "sechzig Stunden: Rolle und Neutralität, Schweigepflicht, "
                            "Dolmetschtechniken, das deutsche Bildungs-, Gesundheits- und "
                            "Sozialsystem sowie Selbstschutz bei belastenden Gesprächen. Einmal "
                            "im Monat gibt es Supervision. Ein schriftlicher Verhaltenskodex "
                            "hält fest, dass Mittler*innen nicht beraten und keine eigenen "
                            "Meinungen einbringen.</p>"
                        ),
                    },
                    {
                        "type": "table",
                        "value": {
                            "caption": "Häufig angefragte Sprachen",
                            "header": ["Sprache", "Typische Einsatzorte"],
                            "rows": [
                                ["Arabisch", "Schule, Kita, Arztpraxis"],
                                ["Dari und Farsi", "Jobcenter, Beratungsstellen"],
                                ["Tigrinya", "Gesundheitsamt, Kita"],
                                ["Rumänisch und Bulgarisch", "Schule, Wohnungsfragen"],
                                ["Russisch", "Pflege, Seniorenberatung"],
                            ],
                        },
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Bei einem Elterngespräch geht es nicht nur um Wörter. Ich "
                                "erkläre auch, was eine Förderempfehlung bedeutet, und sage der "
                                "Lehrerin, wenn eine Frage für die Mutter missverständlich "
                                "klingt."
                            ),
                            "attribution": (
                                "Dawit, Sprach- und Kulturmittler für Tigrinya, selbst 2014 nach "
                                "Bremen gekommen"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>In mehreren Nachbarschaftshäusern lädt der Verein einmal pro "
                            "Woche zum Willkommenscafé ein. Dort sind Mittler*innen anwesend, "
                            "beantworten Fragen zu Briefen und Terminen und verweisen an die "
                            "zuständigen Stellen. So lernen Neuankommende die Angebote im "
                            "Stadtteil kennen, bevor ein Problem dringend wird.</p>"
                        ),
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "In Zahlen (illustrative, gerundete Werte)",
                            "figures": [
                                {
                                    "value": "ca. 4.000",
                                    "label": "Einsätze im Jahr vor der Pandemie",
                                    "year": 2019,
                                    "source": "Illustrative Werte, gerundet",
                                },
                                {
                                    "value": "über 20",
                                    "label": "Sprachen im Pool",
                                    "year": 2020,
                                    "source": "Illustrative Werte, gerundet",
                                },
                                {
                                    "value": "ca. 90",
                                    "label": "aktive Sprach- und Kulturmittler*innen",
                                    "year": 2020,
                                    "source": "Illustrative Werte, gerundet",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Fachkräfte berichten von weniger abgesagten Terminen und "
                            "kürzeren, klareren Gesprächen. Während der Pandemie wurden viele "
                            "Einsätze auf Telefon und Video umgestellt, was schnell half, aber "
                            "bei heiklen Themen an Grenzen stieß. Für viele Mittler*innen war "
                            "die Tätigkeit ein Einstieg in eine Ausbildung oder Arbeit im "
                            "sozialen Bereich.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Nach jedem Einsatz füllen Fachkraft und Mittler*in einen kurzen "
                    "Rückmeldebogen aus; einmal im Jahr befragt der Verein die buchenden "
                    "Einrichtungen. Die Rückmeldungen sind überwiegend positiv, zeigen aber auch "
                    "Schwächen: Die Qualität schwankt zwischen Einsätzen, für seltene Sprachen "
                    "übersteigt die Nachfrage das Angebot, und die Abgrenzung zum "
                    "professionellen Dolmetschen muss immer wieder erklärt werden.</p>"
                ),
                "beneficiaries": (
                    "Neu angekommene Migrant*innen und Geflüchtete mit geringen "
                    "Deutschkenntnissen; Fachkräfte in Schulen, Kitas, Gesundheitswesen und "
                    "Verwaltung; die Mittler*innen selbst, die Qualifikation und Einkommen "
                    "gewinnen."
                ),
                "funding": (
                    "<p>Eine jährliche Zuwendung der Sozialbehörde finanziert die Koordination "
                    "mit zwei Teilzeitstellen sowie die Honorare und Fahrtkosten. Die "
                    "Volkshochschule stellt Räume für die Schulungen. Einzelne Erweiterungen, "
                    "etwa neue Sprachen oder Schulungsmodule, wurden zeitweise aus dem EU-Asyl-, "
                    "Migrations- und Integrationsfonds mitfinanziert.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Den Bedarf erheben: Welche Sprachen werden in Schulen, "
                    "Gesundheitswesen und Verwaltung am häufigsten gebraucht?</li><li>Einen "
                    "Träger mit guten Kontakten zu Migrant*innencommunities mit der Koordination "
                    "beauftragen und eine Grundfinanzierung sichern.</li><li>Mittler*innen "
                    "gewinnen und eine Grundschulung zu Rolle, Neutralität, Schweigepflicht und "
                    "Dolmetschtechniken anbieten.</li><li>Ein einfaches Buchungsverfahren und "
                    "verbindliche Regeln für Vor- und Nachgespräche festlegen.</li><li>Honorare "
                    "und Fahrtkosten von Anfang an einplanen und regelmäßige Supervision "
                    "anbieten.</li><li>Die Einrichtungen schulen, wie sie mit Mittler*innen "
                    "arbeiten, und nach jedem Einsatz Rückmeldungen einholen.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Die Senatorin für Soziales, Jugend, Integration und Sport",
                        "url": "https://www.soziales.bremen.de/",
                    },
                ],
                "contact_name": "Yusuf Demir",
            },
            "en": {
                "slug": "language-and-culture-mediation",
                "title": "Language and culture mediation for newcomers",
                "summary": (
                    "In Bremen trained language and culture mediators accompany newly arrived "
                    "people to appointments at schools, nurseries, doctors' surgeries, "
                    "counselling services and public offices. Willkommensnetz Bremen organises "
                    "the pool; public institutions book assignments free of charge through an "
                    "online form. Most mediators have a migration background themselves, "
                    "together speak more than twenty languages and receive basic training and "
                    "regular supervision. The assignments improve understanding in difficult "
                    "conversations but do not replace sworn interpreting in court or for medical "
                    "consent. The service is complemented by weekly welcome cafés in several "
                    "districts."
                ),
                "implementing_organisation": (
                    "Willkommensnetz Bremen on behalf of the Senator for Social Affairs, Youth, "
                    "Integration and Sport"
                ),
                "partners": (
                    "Nurseries and schools, the public health office and doctors' surgeries, the "
                    "job centre and social services, counselling services of welfare "
                    "associations, migrant organisations, Bremen Adult Education Centre"
                ),
                "purpose": (
                    "<p>A parent-teacher meeting, advice on vaccinations or an appointment at "
                    "the job centre often fail not for lack of good will but because of language "
                    "– and unspoken expectations. Children or acquaintances frequently "
                    "interpret, which is a burden for everyone involved and leads to "
                    "mistakes.</p><p>Professional interpreters are expensive and, for rarer "
                    "languages, hardly available at short notice. Language and culture mediators "
                    "close this gap: they render the conversation and, where necessary, explain "
                    "how a school or a public office works in Germany.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>How an assignment works</h3><ol><li>The institution books at "
                            "least three working days ahead through an online form, or by phone "
                            "in urgent cases.</li><li>The coordination office chooses a mediator "
                            "by language, district and, if requested, gender.</li><li>Before the "
                            "conversation the professional and the mediator briefly agree on the "
                            "aim; afterwards there is a short debriefing.</li><li>The "
                            "institution pays nothing; the association settles the fee.</li></ol>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>All mediators complete about sixty hours of basic training: role "
                            "and neutrality, confidentiality, interpreting techniques, the "
                            "German education, health and social systems, and self-care in "
                            "distressing conversations. Supervision takes place once a month. A "
                            "written code of conduct states that mediators do not give advice "
                            "and do not bring in their own opinions.</p>"
                        ),
                    },
                    {
                        "type": "table",
                        "value": {
                            "caption": "Frequently requested languages",
                            "header": ["Language", "Typical settings"],
                            "rows": [
                                [
                                    "Arabic",
                                    "school, nursery, doctor's surgery",
                                ],
                                [
                                    "Dari and Farsi",
                                    "job centre, counselling services",
                                ],
                                ["Tigrinya", "public health office, nursery"],
                                ["Romanian and Bulgarian", "school, housing matters"],
                                ["Russian", "care, advice for older people"],
                            ],
                        },
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "A parent-teacher meeting is not only about words. I also "
                                "explain what a recommendation for extra support means, and I "
                                "tell the teacher when a question might sound confusing to the "
                                "mother."
                            ),
                            "attribution": (
                                "Dawit, language and culture mediator for Tigrinya, who came to "
                                "Bremen himself in 2014"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Once a week the association hosts a welcome café in several "
                            "community centres. Mediators are present, answer questions about "
                            "letters and appointments and refer people to the right services. "
                            "This way newcomers get to know what their district offers before a "
                            "problem becomes urgent.</p>"
                        ),
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "In figures (illustrative, rounded values)",
                            "figures": [
                                {
                                    "value": "approx. 4,000",
                                    "label": "assignments in the year before the pandemic",
                                    "year": 2019,
                                    "source": "Illustrative values, rounded",
                                },
                                {
                                    "value": "over 20",
                                    "label": "languages in the pool",
                                    "year": 2020,
                                    "source": "Illustrative values, rounded",
                                },
                                {
                                    "value": "approx. 90",
                                    "label": "active language and culture mediators",
                                    "year": 2020,
                                    "source": "Illustrative values, rounded",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Professionals report fewer cancelled appointments and shorter, "
                            "clearer conversations. During the pandemic many assignments moved "
                            "to phone and video, which helped quickly but reached its limits "
                            "with sensitive topics. For many mediators the work became a way "
                            "into training or employment in the social sector.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>After each assignment the professional and the mediator fill in a short "
                    "feedback form; once a year the association surveys the institutions that "
                    "book. The feedback is mostly positive but also shows weaknesses: quality "
                    "varies between assignments, demand for rarer languages exceeds supply, and "
                    "the difference from professional interpreting has to be explained again and "
                    "again.</p>"
                ),
                "beneficiaries": (
                    "Newly arrived migrants and refugees with little German; professionals in "
                    "schools, nurseries, health care and public administration; the mediators "
                    "themselves, who gain qualifications and income."
                ),
                "funding": (
                    "<p>An annual grant from the social welfare department funds coordination "
                    "with two part-time posts as well as fees and travel costs. The adult "
                    "education centre provides rooms for the training. Some extensions, such as "
                    "new languages or training modules, were at times co-funded by the EU "
                    "Asylum, Migration and Integration Fund.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Assess the need: which languages are most often required in "
                    "schools, health care and public administration?</li><li>Commission an "
                    "organisation with good links to migrant communities to coordinate the "
                    "service and secure basic funding.</li><li>Recruit mediators and offer basic "
                    "training on role, neutrality, confidentiality and interpreting "
                    "techniques.</li><li>Set up a simple booking procedure and binding rules for "
                    "briefings and debriefings.</li><li>Budget for fees and travel costs from "
                    "the start and offer regular supervision.</li><li>Train institutions in "
                    "working with mediators and collect feedback after every "
                    "assignment.</li></ol>"
                ),
                "links": [
                    {
                        "title": (
                            "Senator for Social Affairs, Youth, Integration and Sport (in German)"
                        ),
                        "url": "https://www.soziales.bremen.de/",
                    },
                ],
                "contact_name": "Yusuf Demir",
            },
            "pl": {
                "slug": "posrednictwo-jezykowe-i-kulturowe",
                "title": "Pośrednictwo językowe i kulturowe dla nowo przybyłych",
                "summary": (
                    "W Bremie przeszkoleni pośrednicy językowi i kulturowi towarzyszą nowo "
                    "przybyłym osobom podczas wizyt w szkołach, przedszkolach, gabinetach "
                    "lekarskich, poradniach i urzędach. Zespół pośredników prowadzi "
                    "stowarzyszenie Willkommensnetz Bremen; instytucje publiczne rezerwują "
                    "spotkania bezpłatnie przez formularz online. Większość pośredników sama ma "
                    "doświadczenie migracji, razem mówią w ponad dwudziestu językach i "
                    "przechodzą szkolenie podstawowe oraz regularną superwizję. Ich obecność "
                    "poprawia porozumienie w trudnych rozmowach, ale nie zastępuje tłumacza "
                    "przysięgłego w sądzie ani przy zgodzie na zabieg medyczny. Usługę "
                    "uzupełniają cotygodniowe kawiarenki powitalne w kilku dzielnicach."
                ),
                "implementing_organisation": (
                    "Willkommensnetz Bremen na zlecenie Senatora ds. Społecznych, Młodzieży, "
                    "Integracji i Sportu"
                ),
                "partners": (
                    "Przedszkola i szkoły, urząd zdrowia i gabinety lekarskie, urząd pracy i "
                    "służby społeczne, poradnie organizacji dobroczynnych, organizacje "
                    "migrantów, Bremeński Uniwersytet Ludowy (Volkshochschule)"
                ),
                "purpose": (
                    "<p>Rozmowa z nauczycielką, porada w sprawie szczepień czy wizyta w urzędzie "
                    "pracy często nie udają się nie z braku dobrej woli, lecz z powodu języka – "
                    "i niewypowiedzianych oczekiwań. Często tłumaczą dzieci lub znajomi, co "
                    "obciąża wszystkich i prowadzi do błędów.</p><p>Zawodowi tłumacze są drodzy, "
                    "a w rzadszych językach trudno ich znaleźć z krótkim wyprzedzeniem. "
                    "Pośrednicy językowi i kulturowi wypełniają tę lukę: przekładają rozmowę, a "
                    "w razie potrzeby wyjaśniają, jak w Niemczech działa szkoła czy urząd.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Jak przebiega spotkanie z pośrednikiem</h3><ol><li>Instytucja "
                            "rezerwuje pośrednika co najmniej trzy dni robocze wcześniej przez "
                            "formularz online, a w pilnych sprawach telefonicznie.</li><li>Biuro "
                            "koordynacji wybiera osobę według języka, dzielnicy i – na życzenie "
                            "– płci.</li><li>Przed rozmową pracownik instytucji i pośrednik "
                            "krótko uzgadniają jej cel, a po niej omawiają "
                            "przebieg.</li><li>Instytucja nic nie płaci; wynagrodzenie rozlicza "
                            "stowarzyszenie.</li></ol>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Wszyscy pośrednicy przechodzą około sześćdziesięciogodzinne "
                            "szkolenie podstawowe: rola i neutralność, tajemnica, techniki "
                            "tłumaczenia, niemiecki system edukacji, zdrowia i pomocy społecznej "
                            "oraz dbanie o siebie w obciążających rozmowach. Raz w miesiącu "
                            "odbywa się superwizja. Pisemny kodeks postępowania stanowi, że "
                            "pośrednicy nie doradzają i nie wnoszą do rozmowy własnych "
                            "opinii.</p>"
                        ),
                    },
                    {
                        "type": "table",
                        "value": {
                            "caption": "Najczęściej zamawiane języki",
                            "header": ["Język", "Typowe miejsca spotkań"],
                            "rows": [
                                [
                                    "arabski",
                                    "szkoła, przedszkole, gabinet lekarski",
                                ],
                                ["dari i farsi", "urząd pracy, poradnie"],
                                ["tigrinia", "urząd zdrowia, przedszkole"],
                                ["rumuński i bułgarski", "szkoła, sprawy mieszkaniowe"],
                                [
                                    "rosyjski",
                                    "opieka, poradnictwo dla seniorów",
                                ],
                            ],
                        },
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "W rozmowie z rodzicami nie chodzi tylko o słowa. Wyjaśniam też, "
                                "co oznacza zalecenie dodatkowego wsparcia, i mówię "
                                "nauczycielce, kiedy jakieś pytanie może być dla matki "
                                "niezrozumiałe."
                            ),
                            "attribution": (
                                "Dawit, pośrednik językowy i kulturowy dla języka tigrinia, "
                                "który sam przyjechał do Bremy w 2014 roku"
                            ),
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Raz w tygodniu stowarzyszenie zaprasza na kawiarenkę powitalną w "
                            "kilku domach sąsiedzkich. Są tam pośrednicy, którzy odpowiadają na "
                            "pytania o listy i terminy oraz kierują do właściwych instytucji. "
                            "Dzięki temu nowo przybyli poznają ofertę swojej dzielnicy, zanim "
                            "jakiś problem stanie się pilny.</p>"
                        ),
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "W liczbach (wartości ilustracyjne, zaokrąglone)",
                            "figures": [
                                {
                                    "value": "ok. 4000",
                                    "label": "spotkań z pośrednikami w roku przed pandemią",
                                    "year": 2019,
                                    "source": "Wartości ilustracyjne, zaokrąglone",
                                },
                                {
                                    "value": "ponad 20",
                                    "label": "języków w zespole",
                                    "year": 2020,
                                    "source": "Wartości ilustracyjne, zaokrąglone",
                                },
                                {
                                    "value": "ok. 90",
                                    "label": "aktywnych pośredników językowych i kulturowych",
                                    "year": 2020,
                                    "source": "Wartości ilustracyjne, zaokrąglone",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Pracownicy instytucji mówią o mniejszej liczbie odwołanych wizyt "
                            "oraz krótszych i jaśniejszych rozmowach. W czasie pandemii wiele "
                            "spotkań przeniesiono na telefon i wideo, co szybko pomogło, ale "
                            "przy drażliwych tematach miało swoje granice. Dla wielu pośredników "
                            "ta praca stała się drogą do nauki zawodu lub zatrudnienia w "
                            "sektorze społecznym.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Po każdym spotkaniu pracownik instytucji i pośrednik wypełniają krótki "
                    "formularz opinii; raz w roku stowarzyszenie ankietuje instytucje, które "
                    "korzystają z usługi. Opinie są w większości pozytywne, ale pokazują też "
                    "słabości: jakość bywa nierówna, zapotrzebowanie na rzadsze języki "
                    "przewyższa możliwości, a różnicę wobec zawodowego tłumaczenia trzeba wciąż "
                    "na nowo wyjaśniać.</p>"
                ),
                "beneficiaries": (
                    "Nowo przybyli migranci i uchodźcy słabo znający niemiecki; pracownicy "
                    "szkół, przedszkoli, ochrony zdrowia i administracji; sami pośrednicy, "
                    "którzy zdobywają kwalifikacje i dochód."
                ),
                "funding": (
                    "<p>Coroczna dotacja resortu spraw społecznych finansuje koordynację (dwa "
                    "etaty w niepełnym wymiarze) oraz wynagrodzenia i koszty dojazdów. "
                    "Uniwersytet ludowy udostępnia sale na szkolenia. Niektóre rozszerzenia, na "
                    "przykład nowe języki lub moduły szkoleniowe, były okresowo współfinansowane "
                    "z unijnego Funduszu Azylu, Migracji i Integracji.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Zbadać potrzeby: które języki są najczęściej potrzebne w szkołach, "
                    "ochronie zdrowia i administracji?</li><li>Powierzyć koordynację organizacji "
                    "dobrze znającej społeczności migrantów i zapewnić podstawowe "
                    "finansowanie.</li><li>Pozyskać pośredników i zaproponować im szkolenie "
                    "podstawowe z roli, neutralności, tajemnicy i technik "
                    "tłumaczenia.</li><li>Ustalić prosty sposób rezerwacji i wiążące zasady "
                    "krótkich rozmów przed spotkaniem i po nim.</li><li>Od początku zaplanować "
                    "wynagrodzenia i koszty dojazdów oraz zapewnić regularną "
                    "superwizję.</li><li>Przeszkolić instytucje w pracy z pośrednikami i po "
                    "każdym spotkaniu zbierać opinie.</li></ol>"
                ),
                "links": [
                    {
                        "title": (
                            "Senator ds. Społecznych, Młodzieży, Integracji i Sportu (po "
                            "niemiecku)"
                        ),
                        "url": "https://www.soziales.bremen.de/",
                    },
                ],
                "contact_name": "Yusuf Demir",
            },
        },
    ],
}
