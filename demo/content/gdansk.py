"""Gdańsk, the coordinating city: its profile and two practices other cities can repeat.

Polish is the source language; the English dicts mirror the Polish ones block for block.
"""

CITY = {
    "key": "gdansk",
    "language": "pl",
    "translations": ["en"],
    "sample": False,
    "country": "PL",
    "latitude": "54.352025",
    "longitude": "18.646638",
    "colour": "#b3261e",
    "organisations": [
        {
            "key": "gdansk-social-development",
            "website": "https://www.gdansk.pl/",
            "pl": {
                "name": "Wydział Rozwoju Społecznego Urzędu Miejskiego w Gdańsku",
                "description": (
                    "Wydział odpowiada za Model Integracji Imigrantów z 2016 r. i Model Równego "
                    "Traktowania z 2018 r. Koordynuje pracę 11 grup tematycznych, w których "
                    "instytucje miejskie, organizacje pozarządowe i mieszkańcy prowadzą projekty "
                    "integracyjne, oraz wymianę doświadczeń z partnerskimi miastami Europy."
                ),
            },
            "en": {
                "name": "Department of Social Development, Gdańsk City Hall",
                "description": (
                    "The department is responsible for the Immigrant Integration Model of 2016 "
                    "and the Model for Equal Treatment of 2018. It coordinates 11 thematic groups "
                    "in which municipal institutions, NGOs and residents run integration "
                    "projects, and it leads the exchange of experience with partner cities in "
                    "Europe."
                ),
            },
        },
        {
            "key": "cwii",
            "website": "",
            "pl": {
                "name": "Centrum Wsparcia Imigrantów i Imigrantek (CWII)",
                "description": (
                    "Gdańska organizacja pozarządowa, która udziela imigrantom indywidualnego "
                    "wsparcia, doradztwa zawodowego i bezpiecznej informacji prawnej. Z jej "
                    "inicjatywy miasto rozpoczęło prace nad Modelem Integracji Imigrantów."
                ),
            },
            "en": {
                "name": "Immigrant Support Centre (CWII)",
                "description": (
                    "A Gdańsk NGO that gives immigrants individual support, career guidance and "
                    "reliable legal information. The city began work on the Immigrant Integration "
                    "Model on its initiative."
                ),
            },
        },
    ],
    "profile": {
        "contact_email": "migracje@gdansk.example.org",
        "contact_phone": "+48 58 000 0000",
        "website": "https://www.gdansk.pl/",
        "last_revised": "2021-12-15",
        "organisations": ["gdansk-social-development", "cwii"],
        "networks": ["eurocities", "ump"],
        "policy_categories": ["social-rights", "participation", "civil-society"],
        "image": {"motif": "old-town"},
        "pl": {
            "slug": "gdansk",
            "title": "Gdańsk",
            "tagline": (
                "Miasto wolności i solidarności, które politykę integracji pisze razem z "
                "mieszkańcami"
            ),
            "summary": (
                "Gdańsk, stolica województwa pomorskiego i największe miasto metropolii "
                "Gdańsk–Gdynia–Sopot, przyciąga coraz więcej nowych mieszkańców, głównie "
                "migrantów zarobkowych z Europy Wschodniej. W odpowiedzi na tę zmianę Rada Miasta "
                "przyjęła w 2016 r. Model Integracji Imigrantów, przygotowany przez ponad 150 "
                "osób z 70 instytucji i organizacji. Dwa lata później dołączył do niego Model "
                "Równego Traktowania. Za obie polityki odpowiada Wydział Rozwoju Społecznego, "
                "który koordynuje dziś pracę 11 grup tematycznych – od edukacji i pracy po sport "
                "– razem z organizacjami pozarządowymi, instytucjami miejskimi i samymi "
                "imigrantami."
            ),
            "key_findings": (
                "<ol>"
                "<li>Politykę integracji można napisać razem z tymi, którzy potem ją realizują. "
                "Przez 11 miesięcy nad Modelem pracowali urzędnicy, pracownicy instytucji "
                "miejskich i organizacje pozarządowe, więc wdrażanie nie zaczynało się od "
                "przekonywania partnerów.</li>"
                "<li>Integracja jest zadaniem całego miasta, a nie jednego wydziału. Model "
                "rozkłada ją na obszary tematyczne – w 2017 r. było ich już 11 – z własnymi "
                "zespołami i rocznym planem działań.</li>"
                "<li>Imigranci mają w mieście własny głos: od 2017 r. prezydentowi doradza Rada "
                "Imigrantów i Imigrantek, a w budżecie obywatelskim można głosować, podając numer "
                "paszportu.</li>"
                "<li>Jasne stanowisko władz miasta i współpraca z innymi miastami – w Polsce "
                "przez Unię Metropolii Polskich, w Europie przez EUROCITIES – przenoszą lokalne "
                "doświadczenia na poziom krajowy i europejski.</li>"
                "</ol>"
            ),
            "distinctive": (
                "<p>Gdańsk odwołuje się do własnej historii: wielokulturowego dziedzictwa miasta "
                "portowego i ruchu „Solidarności”. Strategia Gdańsk 2030 Plus opisuje miasto, "
                "które przyciąga ludzi otwartych, solidarnych i kreatywnych, a równe szanse są "
                "zasadą przekrojową wszystkich jej programów operacyjnych. Dewizę z herbu miasta, "
                "<i>Nec temere, nec timide</i> – „bez zuchwałości, ale i bez lęku” – Gdańsk "
                "odnosi dziś także do migracji: przemyślane zarządzanie nią daje poczucie "
                "bezpieczeństwa zarówno dawnym, jak i nowym mieszkańcom.</p>"
                "<p>Miasto nie ukrywa swojego stanowiska w sporze o migrację. Publicznie "
                "sprzeciwia się restrykcyjnej polityce migracyjnej, wielokrotnie występowało w "
                "obronie praw migrantów, a razem z innymi członkami Unii Metropolii Polskich "
                "zadeklarowało gotowość przyjęcia dzieci i rodzin poszkodowanych w obozie dla "
                "uchodźców Moria na Lesbos.</p>"
            ),
            "policy_focus": (
                "<p>Podstawą jest Model Integracji Imigrantów z 2016 r., skierowany do obywateli "
                "państw trzecich, którzy postanowili zamieszkać w Gdańsku. Model nie buduje "
                "osobnego systemu dla cudzoziemców, lecz otwiera na nich istniejące usługi: "
                "szkoły i uczelnie, urząd pracy, pomoc społeczną, mieszkalnictwo, ochronę "
                "zdrowia, kulturę i sport.</p>"
                "<p>W pierwszym roku wdrażania miasto uruchomiło Centrum Informacji i Wsparcia "
                "Imigrantów, dział zatrudniania cudzoziemców w Gdańskim Urzędzie Pracy i "
                "łączników w centrach pomocy społecznej. Przeznaczyło mieszkania dla rodzin "
                "uchodźczych i mieszkania wspomagane dla cudzoziemców, a dyrektorów szkół "
                "przeszkoliło w chwili, gdy liczba uczniów z zagranicy się podwoiła.</p>"
                "<p>Od 2018 r. tę pracę poszerza Model Równego Traktowania, obejmujący osoby "
                "narażone na wykluczenie społeczne. Dziś 11 grup tematycznych – edukacja, "
                "kultura, mieszkalnictwo, pomoc społeczna, zatrudnienie, przemoc, bezpieczeństwo, "
                "społeczności lokalne, komunikacja, zdrowie i sport – prowadzi projekty z "
                "instytucjami miejskimi, organizacjami i mieszkańcami, także tymi, którzy dopiero "
                "planują się tu osiedlić.</p>"
            ),
            "key_factors": (
                "<p><b>Przywództwo.</b> Ówczesny prezydent Gdańska Paweł Adamowicz był w 2015 r. "
                "jednym z nielicznych polskich polityków, którzy otwarcie opowiedzieli się za "
                "pomocą uchodźcom. Jego osobiste zaangażowanie i zarządzenie prezydenta, na "
                "którego podstawie działał zespół piszący Model, nadały pracom mandat i tempo.</p>"
                "<p><b>Społeczeństwo obywatelskie.</b> Prace nad Modelem rozpoczęły się z "
                "inicjatywy Centrum Wsparcia Imigrantów i Imigrantek. Organizacje pozarządowe i "
                "inicjatywy mieszkańców – od wspólnego dziergania przez mentoring po akcję "
                "Trójmiasto Uchodźcom – współtworzą politykę miasta i ją realizują.</p>"
                "<p><b>Uczenie się od innych.</b> Autorzy Modelu odwiedzili Oslo i Bremę, a "
                "miasto weszło do grupy roboczej ds. migracji i integracji Forum Spraw "
                "Społecznych EUROCITIES oraz projektu Cities GroW. W Polsce Gdańsk promuje "
                "podejście prointegracyjne przez zespół ds. migracji i integracji Unii Metropolii "
                "Polskich.</p>"
            ),
            "responsible_office": "Wydział Rozwoju Społecznego, Urząd Miejski w Gdańsku",
            "address": "ul. Nowe Ogrody 8/12, 80-803 Gdańsk",
            "contact_name": "Joanna Krupadziorow",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "ok. 470 000",
                    "label": "mieszkańców",
                    "year": 2020,
                    "source": "GUS",
                },
                {
                    "value": "11",
                    "label": "obszarów tematycznych Modelu Integracji Imigrantów",
                    "year": 2020,
                    "source": "Urząd Miejski w Gdańsku",
                },
                {
                    "value": "150+",
                    "label": "osób z 70 instytucji i organizacji współtworzyło Model",
                    "year": 2016,
                    "source": "Urząd Miejski w Gdańsku",
                },
                {
                    "value": "60 000+",
                    "label": "oświadczeń pracodawców o powierzeniu pracy cudzoziemcom",
                    "year": 2017,
                    "source": "Urząd Miejski w Gdańsku",
                },
            ],
            "statistics": [
                {
                    "title": "Szacowana liczba imigrantów w Gdańsku",
                    "description": (
                        "Według szacunków miasta w 2015 r. w Gdańsku mieszkało 10–15 tys. "
                        "migrantów (wykres pokazuje środek przedziału), a w 2017 r. około 30 tys. "
                        "W dwa lata liczba ta mniej więcej się podwoiła. Obie wartości są "
                        "przybliżeniami: dane o zameldowaniach i dokumentach pobytowych obejmują "
                        "tylko część cudzoziemców."
                    ),
                    "value_label": "Szacowana liczba imigrantów",
                    "source": "Urząd Miejski w Gdańsku (szacunki)",
                    "data": [
                        {"label": "2015 (szacunek)", "value": 12500},
                        {"label": "2017 (szacunek)", "value": 30000},
                    ],
                },
            ],
        },
        "en": {
            "slug": "gdansk",
            "title": "Gdańsk",
            "tagline": (
                "A city of freedom and solidarity that writes its integration policy together "
                "with its residents"
            ),
            "summary": (
                "Gdańsk, capital of the Pomeranian Voivodeship and the largest city of the "
                "Gdańsk–Gdynia–Sopot metropolitan area, attracts a growing number of new "
                "residents, mostly economic migrants from Eastern Europe. In response, the City "
                "Council adopted the Immigrant Integration Model in 2016, prepared by more than "
                "150 people from 70 institutions and organisations. Two years later it was joined "
                "by the Model for Equal Treatment. Both policies are led by the Department of "
                "Social Development, which today coordinates 11 thematic groups, from education "
                "and work to sport, together with NGOs, municipal institutions and immigrants "
                "themselves."
            ),
            "key_findings": (
                "<ol>"
                "<li>An integration policy can be written together with the people who will later "
                "carry it out. Civil servants, staff of municipal institutions and NGOs worked on "
                "the Model for 11 months, so implementation did not begin with persuading "
                "partners.</li>"
                "<li>Integration is a task for the whole city, not for one department. The Model "
                "breaks it down into thematic areas – 11 of them by 2017 – each with its own team "
                "and a yearly action plan.</li>"
                "<li>Immigrants have their own voice in the city: since 2017 the Immigrants' "
                "Council has advised the Mayor, and residents can vote in the participatory "
                "budget with a passport number.</li>"
                "<li>A clear stance from the city's leaders and cooperation with other cities – "
                "in Poland through the Union of Polish Metropolises, in Europe through EUROCITIES "
                "– carry local experience to the national and European level.</li>"
                "</ol>"
            ),
            "distinctive": (
                "<p>Gdańsk draws on its own history: the multicultural heritage of a port city "
                "and the Solidarity movement. The Gdańsk 2030 Plus strategy describes a city that "
                "attracts open and creative people who stand by one another, and equal "
                "opportunities are a cross-cutting principle of all its operational programmes. "
                "The motto on the city's coat of arms, <i>Nec temere, nec timide</i> – \"neither "
                'rashly nor fearfully" – is now applied to migration too: managing it with '
                "forethought gives long-standing and new residents alike a sense of security.</p>"
                "<p>The city is open about where it stands in the migration debate. It publicly "
                "opposes restrictive migration policy, has repeatedly spoken up for migrants' "
                "rights, and together with other members of the Union of Polish Metropolises "
                "declared itself ready to take in children and families who had suffered in the "
                "Moria refugee camp on Lesbos.</p>"
            ),
            "policy_focus": (
                "<p>The foundation is the Immigrant Integration Model of 2016, aimed at "
                "third-country nationals who have decided to settle in Gdańsk. Rather than "
                "building a separate system for foreigners, it opens existing services to them: "
                "schools and universities, the labour office, social assistance, housing, health "
                "care, culture and sport.</p>"
                "<p>In the first year of implementation the city opened the Immigrant Information "
                "and Support Centre, a foreign-employment unit at the Gdańsk Labour Office and "
                "liaison staff in the social assistance centres. It set aside flats for refugee "
                "families and supported flats for foreigners, and it trained head teachers just "
                "as the number of pupils from abroad doubled.</p>"
                "<p>Since 2018 the Model for Equal Treatment has widened this work to everyone at "
                "risk of social exclusion. Today 11 thematic groups – education, culture, "
                "housing, social assistance, employment, violence, safety, local communities, "
                "communication, health and sport – run projects with municipal institutions, "
                "organisations and residents, including those who are only planning to settle "
                "here.</p>"
            ),
            "key_factors": (
                "<p><b>Leadership.</b> In 2015 the then Mayor of Gdańsk, Paweł Adamowicz, was one "
                "of the few Polish politicians to speak out clearly for helping refugees. His "
                "personal commitment, and the Mayor's order under which the team writing the "
                "Model worked, gave the process a mandate and momentum.</p>"
                "<p><b>Civil society.</b> Work on the Model began on the initiative of the "
                "Immigrant Support Centre (CWII). NGOs and residents' initiatives – from knitting "
                "circles and mentoring to the Tri-City for Refugees campaign – help shape the "
                "city's policy and put it into practice.</p>"
                "<p><b>Learning from others.</b> The Model's authors visited Oslo and Bremen, and "
                "the city joined the Migration and Integration working group of the EUROCITIES "
                "Social Affairs Forum and the Cities GroW project. In Poland, Gdańsk promotes a "
                "pro-integration approach through the Union of Polish Metropolises' team on "
                "migration and integration.</p>"
            ),
            "responsible_office": "Department of Social Development, Gdańsk City Hall",
            "address": "Nowe Ogrody 8/12, 80-803 Gdańsk, Poland",
            "contact_name": "Joanna Krupadziorow",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "about 470,000",
                    "label": "residents",
                    "year": 2020,
                    "source": "Statistics Poland (GUS)",
                },
                {
                    "value": "11",
                    "label": "thematic areas of the Immigrant Integration Model",
                    "year": 2020,
                    "source": "Gdańsk City Hall",
                },
                {
                    "value": "150+",
                    "label": "people from 70 institutions and organisations wrote the Model",
                    "year": 2016,
                    "source": "Gdańsk City Hall",
                },
                {
                    "value": "60,000+",
                    "label": "employers' declarations of intent to employ foreigners",
                    "year": 2017,
                    "source": "Gdańsk City Hall",
                },
            ],
            "statistics": [
                {
                    "title": "Estimated number of immigrants in Gdańsk",
                    "description": (
                        "The city estimated that 10,000–15,000 migrants lived in Gdańsk in 2015 "
                        "(the chart shows the midpoint of that range) and about 30,000 in 2017. "
                        "In two years the number roughly doubled. Both values are approximations: "
                        "data on registered addresses and residence documents cover only some of "
                        "the foreigners."
                    ),
                    "value_label": "Estimated number of immigrants",
                    "source": "Gdańsk City Hall (estimates)",
                    "data": [
                        {"label": "2015 (estimate)", "value": 12500},
                        {"label": "2017 (estimate)", "value": 30000},
                    ],
                },
            ],
        },
    },
    "practices": [
        {
            "start_date": "2015-05-01",
            "end_date": None,
            "status": "regular",
            "people_reached": None,
            "contact_email": "migracje@gdansk.example.org",
            "thematic_areas": [
                "education",
                "culture",
                "housing",
                "social-assistance",
                "employment",
                "violence-discrimination",
                "safety",
                "local-communities",
                "communication",
                "health",
                "sport",
            ],
            "target_groups": ["residents", "newcomers", "professionals"],
            "image": {"motif": "workshop"},
            "pl": {
                "slug": "model-integracji-imigrantow",
                "title": "Model Integracji Imigrantów: polityka miasta pisana przez 150 osób",
                "summary": (
                    "Jak napisać miejską politykę integracji, która nie trafi do szuflady? Gdańsk "
                    "zaprosił do tego ponad 150 osób z 70 instytucji i organizacji. Od maja 2015 "
                    "do marca 2016 r. pracowały one w ośmiu grupach tematycznych, a równolegle "
                    "uczyły się na szkoleniach, seminariach i wizytach studyjnych. Gotowy projekt "
                    "poddano konsultacjom, a w czerwcu 2016 r. Rada Miasta przyjęła go uchwałą. "
                    "Artykuł pokazuje, jak zorganizowano ten proces, na jakich wartościach go "
                    "oparto, co przyniósł pierwszy rok wdrażania i jak inne miasto może przejść "
                    "tę samą drogę."
                ),
                "implementing_organisation": (
                    "Wydział Rozwoju Społecznego Urzędu Miejskiego w Gdańsku"
                ),
                "partners": (
                    "Centrum Wsparcia Imigrantów i Imigrantek oraz 70 instytucji i organizacji: "
                    "wydziały urzędu i jednostki miejskie, w tym Gdański Urząd Pracy i Miejski "
                    "Ośrodek Pomocy Rodzinie, szkoły, uczelnie, instytucje kultury, służby, "
                    "organizacje pozarządowe i grupy mieszkańców."
                ),
                "purpose": (
                    "<p>W 2015 r. miasto szacowało, że mieszka w nim 10–15 tys. migrantów. "
                    "Przyjeżdżali do pracy i na studia, jako kadra międzynarodowych firm lub z "
                    "rodzinami; byli wśród nich uchodźcy i repatrianci. W szkołach przybywało "
                    "dzieci cudzoziemskich, rynek pracy zgłaszał nowe potrzeby, a sytuacja "
                    "kryzysowa związana z eksmisją rodzin romskich pokazała, jak trudno reagować "
                    "bez przygotowanych wcześniej rozwiązań.</p>"
                    "<p>Gdańsk postanowił przygotować się zawczasu, zamiast gasić kolejne pożary. "
                    "W Polsce brakowało wtedy doświadczeń w lokalnej polityce integracji, więc "
                    "miasto uznało, że musi się jej nauczyć razem z tymi, którzy na co dzień "
                    "pracują z imigrantami. Udział wielu partnerów miał ujawnić rzeczywiste "
                    "potrzeby, połączyć wiedzę różnych instytucji i sprawić, że ci sami ludzie "
                    "potem wdrożą to, co wspólnie zapisali.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Mandat i organizacja pracy</h3>"
                            "<p>Prace ruszyły w maju 2015 r. na podstawie zarządzenia prezydenta "
                            "miasta. Nad całością czuwał komitet sterujący, a zespół ds. Modelu "
                            "Integracji Imigrantów podzielił się na osiem grup tematycznych: "
                            "edukacja, społeczności lokalne, kultura, przemoc i dyskryminacja, "
                            "zdrowie, praca, pomoc społeczna oraz mieszkalnictwo. Grupy spotykały "
                            "się regularnie, każdy uczestnik miał określoną rolę, a Wydział "
                            "Rozwoju Społecznego koordynował cały proces.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Nauka w trakcie pisania</h3>"
                            "<p>Uczestnicy pisali i jednocześnie się szkolili. Członkowie "
                            "komitetu sterującego i część zespołu pojechali z wizytą studyjną do "
                            "Oslo, a przyjmowanie osób ubiegających się o azyl i uchodźców "
                            "poznawali w Bremie. Miasto weszło do grupy roboczej ds. migracji i "
                            "integracji Forum Spraw Społecznych EUROCITIES i do projektu Cities "
                            "GroW, a w marcu 2016 r. zorganizowało w Europejskim Centrum "
                            "Solidarności konferencję „Miasta Otwarte – Migracje a Rozwój”. Przez "
                            "cały czas zespół korzystał ze wsparcia ekspertów.</p>"
                        ),
                    },
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "Jak powstawał Model",
                            "figures": [
                                {
                                    "value": "150+",
                                    "label": "osób uczestniczyło w pracach",
                                    "year": 2016,
                                    "source": "Urząd Miejski w Gdańsku",
                                },
                                {
                                    "value": "70",
                                    "label": "instytucji i organizacji",
                                    "year": 2016,
                                    "source": "Urząd Miejski w Gdańsku",
                                },
                                {
                                    "value": "8",
                                    "label": "obszarów tematycznych w pierwszej wersji",
                                    "year": 2016,
                                    "source": "Urząd Miejski w Gdańsku",
                                },
                                {
                                    "value": "11",
                                    "label": "miesięcy pracy, od maja 2015 do marca 2016 r.",
                                    "year": 2016,
                                    "source": "Urząd Miejski w Gdańsku",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Najpierw wartości, potem zadania</h3>"
                            "<p>Zespół zaczął od uzgodnienia zasad. Model mówi o integracji "
                            "zamiast asymilacji i o międzykulturowości zamiast „multikulti”, o "
                            "wspólnej odpowiedzialności, oddolności i pomocniczości, o działaniu "
                            "w granicach prawa i uniwersalnych wartości, o decyzjach opartych na "
                            "danych i badaniach oraz o prawie do błędów, które ma wychwycić "
                            "ewaluacja.</p>"
                            "<p>Oprócz zadań w każdym obszarze Model zawiera pakiet działań "
                            "ponadobszarowych: pakiet startowy dla nowo przybyłych, naukę języka, "
                            "punkt informacji i wsparcia, bazę tłumaczy, procedurę na sytuacje "
                            "kryzysowe, Radę Imigrantów i Imigrantek, rzecznika integracji, "
                            "zarządzanie różnorodnością w instytucjach, szkolenia międzykulturowe "
                            "i kampanie społeczne.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Od projektu do uchwały</h3>"
                            "<p>Projekt był gotowy pod koniec marca 2016 r. W kwietniu i maju "
                            "przeszedł konsultacje społeczne, instytucjonalne i międzynarodowe, a "
                            "w czerwcu Rada Miasta Gdańska przyjęła go uchwałą. Dokument zamyka "
                            "wizja miasta, w którym różnorodność jest atutem, imigranci czują się "
                            "bezpiecznie i traktują Gdańsk jak dom, urzędy zapewniają wszystkim "
                            "równy dostęp do usług, a nowi mieszkańcy współodpowiadają za swoją "
                            "dzielnicę.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Nie mieliśmy w Polsce gotowych wzorów, więc uczyliśmy się "
                                "wszyscy naraz: urzędnicy od organizacji, szkoły od pracowników "
                                "socjalnych, a wszyscy od samych imigrantów. Dzięki temu po "
                                "uchwaleniu Modelu nikogo nie trzeba było przekonywać, że to "
                                "także jego zadanie."
                            ),
                            "attribution": (
                                "Uczestniczka prac nad Modelem, przedstawicielka organizacji "
                                "pozarządowej"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Pierwszy rok wdrażania, 2017, pokazał, że struktura Modelu się "
                            "sprawdza, ale musi rosnąć. W planie działań z ośmiu obszarów zrobiło "
                            "się jedenaście: osobno potraktowano edukację szkolną i wyższą, "
                            "doszły bezpieczeństwo, sport i komunikacja społeczna. Do "
                            "najważniejszych wydarzeń roku należały powołanie Rady Imigrantów i "
                            "Imigrantek, otwarcie miejskiego Centrum Informacji i Wsparcia "
                            "Imigrantów, porozumienie i zespół ds. migracji i integracji w Unii "
                            "Metropolii Polskich oraz nowe etaty w urzędzie, Gdańskim Urzędzie "
                            "Pracy i MOPR.</p>"
                        ),
                    },
                    {
                        "type": "table",
                        "value": {
                            "caption": "Przykłady działań z planu na 2017 r.",
                            "header": ["Obszar", "Co zrobiono"],
                            "rows": [
                                [
                                    "Edukacja szkolna",
                                    (
                                        "Szkolenia dla dyrektorów placówek oświatowych, wizyta "
                                        "studyjna w Brukseli, wsparcie dzieci romskich w "
                                        "szkołach; liczba uczniów cudzoziemskich się podwoiła"
                                    ),
                                ],
                                [
                                    "Edukacja wyższa",
                                    (
                                        "Wspólne działania uczelni na rzecz integracji, program "
                                        "Study in Pomorskie, inauguracja i tydzień orientacyjny "
                                        "dla studentów z zagranicy"
                                    ),
                                ],
                                [
                                    "Społeczności lokalne",
                                    (
                                        "Domy i kluby sąsiedzkie, klub rodziców cudzoziemskich, "
                                        "Model Rozwoju Społeczności Lokalnych"
                                    ),
                                ],
                                [
                                    "Kultura",
                                    (
                                        "Badanie czasu wolnego imigrantów, szkolenia dla "
                                        "pracowników instytucji kultury, komponent integracyjny w "
                                        "miejskich konkursach, wizyta studyjna w Lublinie"
                                    ),
                                ],
                                [
                                    "Bezpieczeństwo",
                                    (
                                        "Szkolenia z kompetencji międzykulturowych dla "
                                        "dzielnicowych, edukacja antydyskryminacyjna dla "
                                        "urzędników, głosowanie w budżecie obywatelskim z numerem "
                                        "paszportu"
                                    ),
                                ],
                                [
                                    "Zdrowie",
                                    "Interwencje zdrowotne i szkolenia personelu medycznego",
                                ],
                                [
                                    "Praca",
                                    (
                                        "Dział zatrudniania cudzoziemców w Gdańskim Urzędzie "
                                        "Pracy, profilowane doradztwo zawodowe, Punkt Bezpiecznej "
                                        "Informacji CWII z Okręgową Izbą Radców Prawnych, "
                                        "seminaria dla pracodawców"
                                    ),
                                ],
                                [
                                    "Pomoc społeczna",
                                    (
                                        "Łącznicy w centrach pomocy społecznej, indywidualne "
                                        "programy integracji, szkolenia, interwencje kryzysowe, "
                                        "zespół romski i świetlica dla dzieci"
                                    ),
                                ],
                                [
                                    "Mieszkalnictwo",
                                    (
                                        "2 mieszkania dla rodzin uchodźczych, 3 mieszkania "
                                        "wspomagane dla cudzoziemców, utrzymanie mieszkań dla "
                                        "osób z Ukrainy objętych ochroną"
                                    ),
                                ],
                                [
                                    "Sport",
                                    (
                                        "Drużyna piłkarska Liga Obudź Nadzieję, wspólne "
                                        "kibicowanie, więcej cudzoziemców korzystających z "
                                        "miejskiej oferty sportowej"
                                    ),
                                ],
                                [
                                    "Komunikacja społeczna",
                                    (
                                        "Migracja w głównym nurcie komunikacji miasta, strategia "
                                        "komunikacji, kampania „Łączy nas Gdańsk”, akcja "
                                        "„Solidarnie dla ofiar wojny”"
                                    ),
                                ],
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Model stał się wzorem dla innych polskich gmin, które projektują "
                            "działania integracyjne, a w Gdańsku fundamentem kolejnej polityki: w "
                            "2018 r. miasto przyjęło Model Równego Traktowania, który rozszerza "
                            "wsparcie na wszystkie osoby narażone na wykluczenie społeczne. Grupy "
                            "tematyczne Modelu Integracji Imigrantów pracują do dziś.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Ewaluacja i prawo do błędów należą do zasad Modelu, a w podsumowaniu "
                    "pierwszego roku miasto przyznało wprost, że zarządzania Modelem wciąż się "
                    "uczy. Punktem odniesienia są badania: sondaż wśród mieszkańców o ich "
                    "kontaktach z cudzoziemcami i o tym, jak obecność cudzoziemców wpływa na "
                    "rozwój Gdańska, oraz badanie czasu wolnego imigrantów.</p>"
                    "<p>To drugie przyniosło ważną lekcję: imigranci rzadko wymieniają kulturę "
                    "jako swoją potrzebę, ale korzystają z oferty, która jest wprost do nich "
                    "skierowana. Instytucje kultury potrzebują więc wsparcia i inspiracji, by "
                    "taką ofertę tworzyć. Wyzwaniem pozostają dane: w 2017 r. szacunki liczby "
                    "cudzoziemców były niepewne, a sytuacja zmieniała się szybciej niż "
                    "statystyki.</p>"
                ),
                "beneficiaries": (
                    "Imigranci i imigrantki, którzy mieszkają w Gdańsku lub zamierzają się tu "
                    "osiedlić, zwłaszcza obywatele państw spoza Unii Europejskiej; pracownicy "
                    "szkół, urzędów i służb, którzy z nimi pracują; wszyscy mieszkańcy, dla "
                    "których miasto ma być przyjaznym miejscem."
                ),
                "funding": (
                    "<p>Model przygotowano w ramach zadań Wydziału Rozwoju Społecznego; "
                    "największym zasobem był czas ponad 150 osób z instytucji i organizacji "
                    "partnerskich. Szkolenia, wizyty studyjne i wsparcie ekspertów uzupełniała "
                    "współpraca międzynarodowa w sieci EUROCITIES. Wdrażanie wymagało dodatkowych "
                    "etatów w urzędzie miejskim, Gdańskim Urzędzie Pracy i Miejskim Ośrodku "
                    "Pomocy Rodzinie.</p>"
                ),
                "how_to_repeat": (
                    "<ol>"
                    "<li>Zdobądź mandat na najwyższym szczeblu: zarządzenie prezydenta lub "
                    "burmistrza, które powołuje zespół, wyznacza termin i zobowiązuje jednostki "
                    "miejskie do udziału.</li>"
                    "<li>Zaproś szeroko – wydziały, szkoły, uczelnie, urząd pracy, pomoc "
                    "społeczną, policję, instytucje kultury, organizacje pozarządowe i samych "
                    "imigrantów – i przydziel każdemu rolę w konkretnej grupie tematycznej.</li>"
                    "<li>Zanim zaczniecie spisywać zadania, uzgodnijcie wspólne wartości i "
                    "słownik: integracja, nie asymilacja; wspólna odpowiedzialność; prawo do "
                    "błędów.</li>"
                    "<li>Wbuduj naukę w proces: szkolenia, seminaria, wizyty studyjne w miastach "
                    "z dłuższym doświadczeniem i stałe wsparcie ekspertów.</li>"
                    "<li>Dla każdego obszaru zapisz konkretne zadania i instytucje za nie "
                    "odpowiedzialne, a obok pakiet działań przekrojowych, np. punkt informacji, "
                    "bazę tłumaczy i procedurę na sytuacje kryzysowe.</li>"
                    "<li>Poddaj projekt konsultacjom społecznym i instytucjonalnym, a potem "
                    "przyjmij go uchwałą rady miasta, aby przetrwał zmiany polityczne.</li>"
                    "<li>Co roku przygotuj plan działań i jego podsumowanie; pozwól obszarom się "
                    "zmieniać, tak jak w Gdańsku, gdzie z ośmiu zrobiło się jedenaście.</li>"
                    "</ol>"
                ),
                "links": [
                    {
                        "type": "link",
                        "value": {
                            "title": "Migracje – serwis miasta Gdańska",
                            "url": "https://www.gdansk.pl/migracje",
                        },
                    },
                    {
                        "type": "link",
                        "value": {
                            "title": "Kampania „Łączy nas Gdańsk”",
                            "url": "https://www.laczynasgdansk.pl/",
                        },
                    },
                ],
                "contact_name": "Joanna Krupadziorow",
            },
            "en": {
                "slug": "immigrant-integration-model",
                "title": "The Immigrant Integration Model: a city policy written by 150 people",
                "summary": (
                    "How do you write a city integration policy that does not end up in a drawer? "
                    "Gdańsk invited more than 150 people from 70 institutions and organisations "
                    "to do it. From May 2015 to March 2016 they worked in eight thematic groups "
                    "while learning through training, seminars and study visits. The finished "
                    "draft went out for consultation, and in June 2016 the City Council adopted "
                    "it by resolution. This article shows how the process was organised, the "
                    "values it rests on, what the first year of implementation brought and how "
                    "another city can follow the same path."
                ),
                "implementing_organisation": "Department of Social Development, Gdańsk City Hall",
                "partners": (
                    "The Immigrant Support Centre (CWII) and 70 institutions and organisations: "
                    "City Hall departments and municipal bodies, including the Gdańsk Labour "
                    "Office and the Municipal Family Support Centre, schools, universities, "
                    "cultural institutions, public services, NGOs and residents' groups."
                ),
                "purpose": (
                    "<p>In 2015 the city estimated that 10,000–15,000 migrants lived in Gdańsk. "
                    "They came to work and study, as staff of international companies or with "
                    "their families; among them were refugees and repatriates. The number of "
                    "foreign children in schools was rising, the labour market had new needs, and "
                    "a crisis around the eviction of Roma families showed how hard it is to "
                    "respond without solutions prepared in advance.</p>"
                    "<p>Gdańsk decided to prepare ahead rather than fight one fire after another. "
                    "Poland had little experience of local integration policy at the time, so the "
                    "city concluded that it had to learn it together with the people who work "
                    "with immigrants every day. Involving many partners was meant to bring real "
                    "needs to light, combine the knowledge of different institutions and ensure "
                    "that the same people would later implement what they had written "
                    "together.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Mandate and organisation</h3>"
                            "<p>Work started in May 2015 under an order of the Mayor. A steering "
                            "committee oversaw the whole process, and the Immigrant Integration "
                            "Model team split into eight thematic groups: education, local "
                            "communities, culture, violence and discrimination, health, work, "
                            "social assistance and housing. The groups met regularly, every "
                            "participant had a defined role, and the Department of Social "
                            "Development coordinated the process.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Learning while writing</h3>"
                            "<p>Participants wrote and trained at the same time. Members of the "
                            "steering committee and part of the team went on a study visit to "
                            "Oslo, and they learnt about receiving asylum seekers and refugees in "
                            "Bremen. The city joined the Migration and Integration working group "
                            "of the EUROCITIES Social Affairs Forum and the Cities GroW project, "
                            'and in March 2016 it held the conference "Open Cities – Migration '
                            'and Development" at the European Solidarity Centre. Experts '
                            "supported the team throughout.</p>"
                        ),
                    },
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "How the Model was made",
                            "figures": [
                                {
                                    "value": "150+",
                                    "label": "people took part in the work",
                                    "year": 2016,
                                    "source": "Gdańsk City Hall",
                                },
                                {
                                    "value": "70",
                                    "label": "institutions and organisations",
                                    "year": 2016,
                                    "source": "Gdańsk City Hall",
                                },
                                {
                                    "value": "8",
                                    "label": "thematic areas in the first version",
                                    "year": 2016,
                                    "source": "Gdańsk City Hall",
                                },
                                {
                                    "value": "11",
                                    "label": "months of work, from May 2015 to March 2016",
                                    "year": 2016,
                                    "source": "Gdańsk City Hall",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Values first, tasks second</h3>"
                            "<p>The team began by agreeing on principles. The Model speaks of "
                            "integration rather than assimilation and of interculturalism rather "
                            'than "multiculti"; of shared responsibility, a bottom-up approach '
                            "and subsidiarity; of acting within the law and universal values; of "
                            "decisions based on data and research; and of a right to make "
                            "mistakes, which evaluation is there to catch.</p>"
                            "<p>Besides tasks for each area, the Model contains a package of "
                            "cross-cutting actions: a starter pack for newcomers, language "
                            "learning, an information and support point, a database of "
                            "interpreters, a crisis procedure, the Immigrants' Council, an "
                            "integration ombudsperson, diversity management in institutions, "
                            "intercultural training and public awareness campaigns.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>From draft to resolution</h3>"
                            "<p>The draft was ready at the end of March 2016. In April and May it "
                            "went through public, institutional and international consultation, "
                            "and in June the Gdańsk City Council adopted it by resolution. The "
                            "document closes with a vision of a city where diversity is an asset, "
                            "immigrants feel safe and treat Gdańsk as home, public offices give "
                            "everyone equal access to services, and new residents share "
                            "responsibility for their neighbourhood.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "There were no ready-made models in Poland, so we all learnt at "
                                "once: civil servants from NGOs, schools from social workers, and "
                                "all of us from the immigrants themselves. Because of that, once "
                                "the Model was adopted, nobody had to be convinced that it was "
                                "their job too."
                            ),
                            "attribution": "A member of the Model team from an NGO",
                        },
                    },
                ],
                "results": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The first year of implementation, 2017, showed that the Model's "
                            "structure works but has to grow. In the action plan the eight areas "
                            "became eleven: school and higher education were treated separately, "
                            "and safety, sport and public communication were added. The key "
                            "events of the year included setting up the Immigrants' Council, "
                            "opening the municipal Immigrant Information and Support Centre, an "
                            "agreement and a team on migration and integration within the Union "
                            "of Polish Metropolises, and new posts at City Hall, the Gdańsk "
                            "Labour Office and the Municipal Family Support Centre.</p>"
                        ),
                    },
                    {
                        "type": "table",
                        "value": {
                            "caption": "Examples of actions from the 2017 plan",
                            "header": ["Area", "What was done"],
                            "rows": [
                                [
                                    "School education",
                                    (
                                        "Training for head teachers, a study visit to Brussels, "
                                        "support for Roma children at school; the number of "
                                        "foreign pupils doubled"
                                    ),
                                ],
                                [
                                    "Higher education",
                                    (
                                        "Joint integration work by universities, the Study in "
                                        "Pomorskie programme, an inauguration and orientation "
                                        "week for international students"
                                    ),
                                ],
                                [
                                    "Local communities",
                                    (
                                        "Neighbourhood houses and clubs, a club for foreign "
                                        "parents, the Local Community Development Model"
                                    ),
                                ],
                                [
                                    "Culture",
                                    (
                                        "A survey of immigrants' free time, training for staff of "
                                        "cultural institutions, an integration component in "
                                        "municipal grant calls, a study visit to Lublin"
                                    ),
                                ],
                                [
                                    "Safety",
                                    (
                                        "Intercultural training for neighbourhood police "
                                        "officers, anti-discrimination training for civil "
                                        "servants, voting in the participatory budget with a "
                                        "passport number"
                                    ),
                                ],
                                ["Health", "Health interventions and training for medical staff"],
                                [
                                    "Work",
                                    (
                                        "A foreign-employment unit at the Gdańsk Labour Office, "
                                        "tailored career guidance, CWII's Safe Information Point "
                                        "run with the Regional Chamber of Legal Advisers, "
                                        "seminars for employers"
                                    ),
                                ],
                                [
                                    "Social assistance",
                                    (
                                        "Liaison staff in social assistance centres, individual "
                                        "integration programmes, training, crisis interventions, "
                                        "a Roma team and a children's day centre"
                                    ),
                                ],
                                [
                                    "Housing",
                                    (
                                        "2 flats for refugee families, 3 supported flats for "
                                        "foreigners, keeping the flats for people from Ukraine "
                                        "granted protection"
                                    ),
                                ],
                                [
                                    "Sport",
                                    (
                                        "The Liga Obudź Nadzieję (Wake Up Hope League) football "
                                        "team, cheering together, more foreigners using the "
                                        "city's sports offer"
                                    ),
                                ],
                                [
                                    "Public communication",
                                    (
                                        "Migration in the mainstream of city communication, a "
                                        'communication strategy, the "Łączy nas Gdańsk" (Gdańsk '
                                        'unites us) campaign, the "Solidarity with war victims" '
                                        "drive"
                                    ),
                                ],
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The Model became a reference for other Polish municipalities "
                            "designing integration work, and in Gdańsk the foundation of a "
                            "further policy: in 2018 the city adopted the Model for Equal "
                            "Treatment, which extends support to everyone at risk of social "
                            "exclusion. The thematic groups of the Immigrant Integration Model "
                            "are still at work today.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Evaluation and the right to make mistakes are among the Model's "
                    "principles, and in its review of the first year the city said plainly that "
                    "it is still learning how to manage the Model. Research provides the "
                    "benchmark: a survey of residents about their contact with foreigners and "
                    "about how the presence of foreigners affects Gdańsk's development, and a "
                    "study of immigrants' free time.</p>"
                    "<p>The latter taught an important lesson: immigrants rarely name culture as "
                    "one of their needs, but they do take part when an offer is addressed to them "
                    "directly. Cultural institutions therefore need support and ideas to create "
                    "such offers. Data remains a challenge: in 2017 estimates of the number of "
                    "foreigners were uncertain, and the situation changed faster than the "
                    "statistics.</p>"
                ),
                "beneficiaries": (
                    "Immigrants who live in Gdańsk or intend to settle here, especially citizens "
                    "of countries outside the European Union; staff of schools, public offices "
                    "and services who work with them; and all residents, for whom the city is "
                    "meant to be a welcoming place."
                ),
                "funding": (
                    "<p>The Model was prepared as part of the Department of Social Development's "
                    "regular work; the main resource was the time of more than 150 people from "
                    "partner institutions and organisations. Training, study visits and expert "
                    "support were complemented by international cooperation in the EUROCITIES "
                    "network. Implementation required additional posts at City Hall, the Gdańsk "
                    "Labour Office and the Municipal Family Support Centre.</p>"
                ),
                "how_to_repeat": (
                    "<ol>"
                    "<li>Secure a mandate at the top: an order of the mayor that sets up the "
                    "team, fixes a deadline and obliges municipal bodies to take part.</li>"
                    "<li>Invite widely – departments, schools, universities, the labour office, "
                    "social assistance, the police, cultural institutions, NGOs and immigrants "
                    "themselves – and give each a role in a specific thematic group.</li>"
                    "<li>Before listing tasks, agree on shared values and vocabulary: "
                    "integration, not assimilation; shared responsibility; the right to make "
                    "mistakes.</li>"
                    "<li>Build learning into the process: training, seminars, study visits to "
                    "cities with longer experience and steady expert support.</li>"
                    "<li>For each area, write down concrete tasks and the institutions "
                    "responsible for them, alongside a package of cross-cutting actions such as "
                    "an information point, a database of interpreters and a crisis procedure.</li>"
                    "<li>Put the draft out for public and institutional consultation, then have "
                    "the city council adopt it by resolution so that it outlasts political "
                    "change.</li>"
                    "<li>Prepare an action plan and a review every year, and let the areas "
                    "evolve, as in Gdańsk, where eight became eleven.</li>"
                    "</ol>"
                ),
                "links": [
                    {
                        "type": "link",
                        "value": {
                            "title": "Migration – City of Gdańsk website (in Polish)",
                            "url": "https://www.gdansk.pl/migracje",
                        },
                    },
                    {
                        "type": "link",
                        "value": {
                            "title": 'The "Łączy nas Gdańsk" campaign (in Polish)',
                            "url": "https://www.laczynasgdansk.pl/",
                        },
                    },
                ],
                "contact_name": "Joanna Krupadziorow",
            },
        },
        {
            "start_date": "2017-01-01",
            "end_date": None,
            "status": "regular",
            "people_reached": None,
            "contact_email": "migracje@gdansk.example.org",
            "thematic_areas": ["local-communities", "communication", "violence-discrimination"],
            "target_groups": ["newcomers", "residents"],
            "image": {"motif": "meeting"},
            "pl": {
                "slug": "rada-imigrantow-i-imigrantek",
                "title": (
                    "Rada Imigrantów i Imigrantek: głos nowych mieszkańców przy prezydencie miasta"
                ),
                "summary": (
                    "Większość imigrantów w Gdańsku to obywatele państw spoza Unii Europejskiej, "
                    "którzy nie głosują w wyborach samorządowych. Aby ich doświadczenia mimo to "
                    "docierały do osób podejmujących decyzje, w 2017 r. Gdańsk powołał Radę "
                    "Imigrantów i Imigrantek – ciało doradcze prezydenta złożone z ludzi, którzy "
                    "sami przyjechali do miasta. Rada wynika wprost z Modelu Integracji "
                    "Imigrantów, który zaliczył ją do działań wspólnych dla wszystkich obszarów. "
                    "Artykuł opisuje, jak Rada działa, w jakich sprawach jej głos jest "
                    "najbardziej potrzebny i co trzeba przygotować, by podobne ciało nie stało "
                    "się fasadą."
                ),
                "implementing_organisation": (
                    "Urząd Miejski w Gdańsku, Wydział Rozwoju Społecznego"
                ),
                "partners": (
                    "Centrum Wsparcia Imigrantów i Imigrantek, organizacje pozarządowe i "
                    "społeczności imigranckie, wydziały i jednostki miejskie wdrażające Model "
                    "Integracji Imigrantów."
                ),
                "purpose": (
                    "<p>Model Integracji Imigrantów zakłada, że integracja migrantów to "
                    "integracja mieszkańców, a polityka powinna powstawać oddolnie i dawać "
                    "ludziom sprawczość. Trudno to osiągnąć, jeśli rozmawia się o imigrantach, a "
                    "nie z nimi. Obywatele państw trzecich nie mają w Polsce prawa głosu w "
                    "wyborach samorządowych, więc bez osobnego kanału ich doświadczenia nie "
                    "trafiają do tych, którzy decydują o usługach miejskich.</p>"
                    "<p>Rada ma wypełnić tę lukę: pokazywać miastu jego działania oczami nowych "
                    "mieszkańców, wcześnie sygnalizować problemy i pomagać docierać z informacją "
                    "do społeczności imigranckich.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Skład</h3>"
                            "<p>Radę tworzą imigranci i imigrantki mieszkający w Gdańsku, "
                            "powoływani przez prezydenta miasta. Liczy się różnorodność: "
                            "członkowie pochodzą z różnych krajów, różnią się wiekiem, zawodem i "
                            "stażem w Polsce, tak by Rada nie mówiła głosem jednej społeczności. "
                            "Nazwa wymienia zarówno imigrantów, jak i imigrantki, bo "
                            "doświadczenia kobiet i mężczyzn po przyjeździe bywają różne.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Zadania</h3>"
                            "<p>Rada opiniuje działania i dokumenty miasta dotyczące migrantów, "
                            "zgłasza własne propozycje i wskazuje bariery, na które nowi "
                            "mieszkańcy trafiają w urzędach, szkołach czy na rynku pracy. Jej "
                            "członkowie pomagają przekazywać informacje miasta do swoich "
                            "społeczności i zabierają głos w publicznych debatach o migracji.</p>"
                            "<p>Wydział Rozwoju Społecznego przygotowuje spotkania, zaprasza na "
                            "nie przedstawicieli właściwych wydziałów i jednostek oraz informuje "
                            "Radę, co stało się z jej opiniami.</p>"
                        ),
                    },
                    {
                        "type": "table",
                        "value": {
                            "caption": "Przykładowe pytania do Rady w trzech obszarach Modelu",
                            "header": ["Obszar", "Pytanie"],
                            "rows": [
                                [
                                    "Społeczności lokalne",
                                    (
                                        "Czy domy i kluby sąsiedzkie oraz klub rodziców "
                                        "cudzoziemskich są otwarte dla nowych mieszkańców i jak "
                                        "ich o tym powiadomić?"
                                    ),
                                ],
                                [
                                    "Komunikacja społeczna",
                                    (
                                        "Czy komunikaty miasta i kampania „Łączy nas Gdańsk” są "
                                        "zrozumiałe dla osób, które dopiero uczą się polskiego?"
                                    ),
                                ],
                                [
                                    "Przemoc i dyskryminacja",
                                    (
                                        "Z jakimi przejawami wrogości spotykają się imigranci i "
                                        "czego powinny dotyczyć szkolenia dla urzędników i "
                                        "dzielnicowych?"
                                    ),
                                ],
                            ],
                        },
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Kiedy przyjechałam, czułam się w Gdańsku gościem. W Radzie "
                                "pierwszy raz ktoś z urzędu zapytał mnie, co w tym mieście trzeba "
                                "zmienić – i potem wrócił z odpowiedzią."
                            ),
                            "attribution": "Członkini Rady Imigrantów i Imigrantek",
                        },
                    },
                ],
                "results": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Miasto zaliczyło powołanie Rady do najważniejszych wydarzeń 2017 "
                            "r., pierwszego roku wdrażania Modelu. Imigranci zyskali stały kanał "
                            "kontaktu z prezydentem i wydziałami, a urzędnicy – partnerów, "
                            "których mogą zapytać o zdanie, zanim ogłoszą nową usługę czy "
                            "kampanię.</p>"
                            "<p>W tym samym roku miasto pozwoliło imigrantom głosować w budżecie "
                            "obywatelskim z numerem paszportu, a także rozpoczęło szkolenia "
                            "antydyskryminacyjne dla urzędników i szkolenia z kompetencji "
                            "międzykulturowych dla dzielnicowych. To sprawy, w których "
                            "perspektywa samych imigrantów jest szczególnie potrzebna: udział w "
                            "życiu miasta, bezpieczeństwo i równe traktowanie.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Rada zmieniła sposób, w jaki przygotowujemy działania. Zanim coś "
                                "ogłosimy, pytamy, jak zrozumie to ktoś, kto mieszka tu od roku i "
                                "dopiero uczy się języka."
                            ),
                            "attribution": (
                                "Pracownik Wydziału Rozwoju Społecznego Urzędu Miejskiego w "
                                "Gdańsku"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Rada w Modelu Integracji Imigrantów",
                            "text": (
                                "<p>Rada należy do pakietu działań ponadobszarowych Modelu, obok "
                                "punktu informacji i wsparcia, bazy tłumaczy, procedury na "
                                "sytuacje kryzysowe, edukacji obywatelskiej i rzecznika "
                                "integracji. Dlatego jej opinie mogą dotyczyć każdego z jedenastu "
                                "obszarów, a nie tylko jednego wydziału.</p>"
                            ),
                        },
                    },
                ],
                "evaluation": (
                    "<p>Rada jest oceniana w ramach ewaluacji całego Modelu, który zakłada "
                    "uczenie się w trakcie i prawo do błędów. Miarą jej sukcesu nie jest liczba "
                    "spotkań, lecz to, czy jej opinie zmieniają działania miasta. Znaczenie mają "
                    "warunki pracy: większość członków pracuje zawodowo, więc spotkania muszą "
                    "odbywać się po godzinach, a materiały przychodzić z wyprzedzeniem i w "
                    "przystępnym języku.</p>"
                    "<p>Drugim kryterium jest reprezentatywność: czy w Radzie słychać różne "
                    "społeczności, także te słabiej zorganizowane, i czy jej skład jest "
                    "uzupełniany, gdy ktoś wyjeżdża z Gdańska. Trzecim – informacja zwrotna. Rada "
                    "doradcza, która nie wie, co stało się z jej propozycjami, szybko traci "
                    "zaufanie tych, których ma reprezentować.</p>"
                ),
                "beneficiaries": (
                    "Imigranci i imigrantki mieszkający w Gdańsku, którzy zyskują reprezentację "
                    "wobec władz miasta; wydziały i jednostki miejskie, które dostają opinie "
                    "przed wprowadzeniem zmian; wszyscy mieszkańcy, bo lepiej zaprojektowane "
                    "usługi służą każdemu."
                ),
                "funding": (
                    "<p>Rada nie wymaga dużego budżetu. Potrzebny jest czas pracowników Wydziału "
                    "Rozwoju Społecznego na przygotowanie spotkań i przekazywanie opinii, sala, w "
                    "razie potrzeby tłumaczenie oraz drobne koszty organizacyjne. Członkowie Rady "
                    "działają społecznie.</p>"
                ),
                "how_to_repeat": (
                    "<ol>"
                    "<li>Zapisz radę w miejskiej polityce integracji i powołaj ją formalnym "
                    "aktem, np. zarządzeniem prezydenta lub burmistrza, który określa jej "
                    "zadania, skład i kadencję.</li>"
                    "<li>Ogłoś otwarty nabór w kilku językach, także przez organizacje "
                    "imigranckie, i dobierz skład tak, by obejmował różne kraje pochodzenia, "
                    "płeć, wiek i długość pobytu.</li>"
                    "<li>Wyznacz w urzędzie osobę, która przygotowuje spotkania, zaprasza "
                    "właściwe wydziały i zbiera opinie.</li>"
                    "<li>Planuj spotkania w godzinach dostępnych dla osób pracujących, wysyłaj "
                    "materiały wcześniej i zapewnij tłumaczenie, gdy jest potrzebne.</li>"
                    "<li>Przychodź do rady z konkretnymi pytaniami na wczesnym etapie – zanim "
                    "dokument, usługa czy kampania będą gotowe.</li>"
                    "<li>Po każdej opinii poinformuj radę, co z nią zrobiono, a raz w roku "
                    "wspólnie podsumujcie jej wpływ.</li>"
                    "</ol>"
                ),
                "links": [
                    {
                        "type": "link",
                        "value": {
                            "title": "Migracje – serwis miasta Gdańska",
                            "url": "https://www.gdansk.pl/migracje",
                        },
                    },
                ],
                "contact_name": "Joanna Krupadziorow",
            },
            "en": {
                "slug": "immigrants-council",
                "title": "The Immigrants' Council: newcomers' voice at the Mayor's side",
                "summary": (
                    "Most immigrants in Gdańsk are citizens of countries outside the European "
                    "Union who cannot vote in local elections. So that their experience still "
                    "reaches decision-makers, in 2017 Gdańsk set up the Immigrants' Council, an "
                    "advisory body to the Mayor made up of people who themselves came to the "
                    "city. The Council follows directly from the Immigrant Integration Model, "
                    "which listed it among the actions shared by all areas. This article "
                    "describes how the Council works, where its voice is most needed, and what "
                    "must be in place so that a similar body does not become mere window dressing."
                ),
                "implementing_organisation": "Gdańsk City Hall, Department of Social Development",
                "partners": (
                    "The Immigrant Support Centre (CWII), NGOs and immigrant communities, and the "
                    "municipal departments and bodies implementing the Immigrant Integration "
                    "Model."
                ),
                "purpose": (
                    "<p>The Immigrant Integration Model holds that integrating migrants means "
                    "integrating residents, and that policy should be made from the bottom up and "
                    "give people agency. That is hard to achieve if people talk about immigrants "
                    "rather than with them. In Poland third-country nationals have no vote in "
                    "local elections, so without a dedicated channel their experience does not "
                    "reach those who decide on municipal services.</p>"
                    "<p>The Council is there to close this gap: to show the city its own actions "
                    "through newcomers' eyes, to flag problems early and to help carry "
                    "information to immigrant communities.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Membership</h3>"
                            "<p>The Council is made up of immigrant men and women living in "
                            "Gdańsk, appointed by the Mayor. Diversity matters: members come from "
                            "different countries and differ in age, occupation and time spent in "
                            "Poland, so that the Council does not speak with the voice of a "
                            "single community. Its Polish name mentions both male and female "
                            "immigrants, because women and men often have different experiences "
                            "after arrival.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Tasks</h3>"
                            "<p>The Council gives its opinion on city actions and documents "
                            "concerning migrants, puts forward its own proposals and points out "
                            "the barriers newcomers meet in public offices, schools or on the "
                            "labour market. Its members help pass the city's information on to "
                            "their communities and speak in public debates on migration.</p>"
                            "<p>The Department of Social Development prepares the meetings, "
                            "invites representatives of the relevant departments and bodies, and "
                            "tells the Council what has become of its opinions.</p>"
                        ),
                    },
                    {
                        "type": "table",
                        "value": {
                            "caption": (
                                "Sample questions for the Council in three areas of the Model"
                            ),
                            "header": ["Area", "Question"],
                            "rows": [
                                [
                                    "Local communities",
                                    (
                                        "Are neighbourhood houses and clubs and the club for "
                                        "foreign parents open to newcomers, and how can they be "
                                        "told about them?"
                                    ),
                                ],
                                [
                                    "Public communication",
                                    (
                                        'Are the city\'s messages and the "Łączy nas Gdańsk" '
                                        "campaign clear to people who are only learning Polish?"
                                    ),
                                ],
                                [
                                    "Violence and discrimination",
                                    (
                                        "What kinds of hostility do immigrants face, and what "
                                        "should training for civil servants and neighbourhood "
                                        "police officers cover?"
                                    ),
                                ],
                            ],
                        },
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "When I arrived, I felt like a guest in Gdańsk. On the Council, "
                                "for the first time, someone from City Hall asked me what needs "
                                "to change in this city – and then came back with an answer."
                            ),
                            "attribution": "A member of the Immigrants' Council",
                        },
                    },
                ],
                "results": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The city counted the Council's creation among the key events of "
                            "2017, the first year of implementing the Model. Immigrants gained a "
                            "standing channel to the Mayor and the departments, and civil "
                            "servants gained partners they can consult before announcing a new "
                            "service or campaign.</p>"
                            "<p>In the same year the city let immigrants vote in the "
                            "participatory budget with a passport number, and it began "
                            "anti-discrimination training for civil servants and intercultural "
                            "training for neighbourhood police officers. These are matters where "
                            "immigrants' own perspective is especially needed: taking part in "
                            "city life, safety and equal treatment.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "The Council has changed how we prepare our work. Before we "
                                "announce anything, we ask how someone who has lived here for a "
                                "year and is still learning the language will understand it."
                            ),
                            "attribution": (
                                "A member of staff, Department of Social Development, Gdańsk City "
                                "Hall"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "The Council within the Immigrant Integration Model",
                            "text": (
                                "<p>The Council belongs to the Model's package of cross-cutting "
                                "actions, alongside the information and support point, the "
                                "database of interpreters, the crisis procedure, civic education "
                                "and the integration ombudsperson. Its opinions can therefore "
                                "concern any of the eleven areas, not just one department.</p>"
                            ),
                        },
                    },
                ],
                "evaluation": (
                    "<p>The Council is assessed as part of the evaluation of the whole Model, "
                    "which assumes learning along the way and a right to make mistakes. Its "
                    "success is measured not by the number of meetings but by whether its "
                    "opinions change what the city does. Working conditions matter: most members "
                    "have jobs, so meetings must take place after working hours, and papers must "
                    "arrive in advance and in plain language.</p>"
                    "<p>The second criterion is representativeness: whether different communities "
                    "are heard on the Council, including less organised ones, and whether seats "
                    "are filled when someone leaves Gdańsk. The third is feedback. An advisory "
                    "council that does not know what happened to its proposals soon loses the "
                    "trust of the people it is meant to represent.</p>"
                ),
                "beneficiaries": (
                    "Immigrants living in Gdańsk, who gain representation before the city "
                    "authorities; municipal departments and bodies, which receive opinions before "
                    "changes are made; and all residents, because better-designed services serve "
                    "everyone."
                ),
                "funding": (
                    "<p>The Council does not need a large budget. What it needs is staff time at "
                    "the Department of Social Development to prepare meetings and pass on "
                    "opinions, a meeting room, interpreting where necessary and small "
                    "organisational costs. Council members serve on a voluntary basis.</p>"
                ),
                "how_to_repeat": (
                    "<ol>"
                    "<li>Write the council into the city's integration policy and establish it by "
                    "a formal act, such as a mayoral order setting out its tasks, membership and "
                    "term.</li>"
                    "<li>Announce an open call in several languages, including through immigrant "
                    "organisations, and choose members so that they cover different countries of "
                    "origin, genders, ages and lengths of stay.</li>"
                    "<li>Appoint someone at City Hall to prepare meetings, invite the relevant "
                    "departments and collect opinions.</li>"
                    "<li>Schedule meetings at times that suit people in work, send papers in "
                    "advance and provide interpreting when needed.</li>"
                    "<li>Bring the council concrete questions early on – before a document, "
                    "service or campaign is finished.</li>"
                    "<li>After each opinion, tell the council what was done with it, and once a "
                    "year review its impact together.</li>"
                    "</ol>"
                ),
                "links": [
                    {
                        "type": "link",
                        "value": {
                            "title": "Migration – City of Gdańsk website (in Polish)",
                            "url": "https://www.gdansk.pl/migracje",
                        },
                    },
                ],
                "contact_name": "Joanna Krupadziorow",
            },
        },
    ],
}
