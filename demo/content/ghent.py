"""Demo content for Ghent (source language Dutch): profile, 2021 study visit, two practices."""

CITY = {
    "key": "ghent",
    "language": "nl",
    "translations": ["en", "pl"],
    "sample": True,
    "country": "BE",
    "latitude": "51.054342",
    "longitude": "3.717424",
    "colour": "#2f6f5e",
    "organisations": [
        {
            "key": "ghent-welfare",
            "website": "https://stad.gent/",
            "nl": {
                "name": "Stad Gent – Dienst Welzijn en Samenleven",
                "description": (
                    "De dienst werkt aan gelijke toegang tot sociale rechten en aan samenleven "
                    "in diversiteit. Hij coördineert het Gentse integratiebeleid en het beleid "
                    "voor asielzoekers en vluchtelingen, ondersteunt buurtwerk en "
                    "zelforganisaties en trok de Refugee Taskforce."
                ),
            },
            "en": {
                "name": "City of Ghent – Welfare and Social Cohesion Service",
                "description": (
                    "The service works for equal access to social rights and for living together "
                    "in diversity. It coordinates Ghent's integration policy and its policy on "
                    "asylum seekers and refugees, supports neighbourhood work and migrant "
                    "self-organisations, and led the Refugee Taskforce."
                ),
            },
            "pl": {
                "name": "Miasto Gandawa – Wydział ds. Opieki Społecznej i Spójności Społecznej",
                "description": (
                    "Wydział dba o równy dostęp do praw socjalnych i o dobre współżycie w "
                    "różnorodności. Koordynuje gandawską politykę integracyjną oraz politykę "
                    "wobec osób ubiegających się o azyl i uchodźców, wspiera pracę w dzielnicach "
                    "i organizacje migrantów, a także prowadził Refugee Taskforce."
                ),
            },
        },
        {
            "key": "ghent-integration-agency",
            "website": "https://www.integratie-inburgering.be/",
            "nl": {
                "name": "Agentschap Integratie en Inburgering",
                "description": (
                    "Het Vlaamse agentschap begeleidt nieuwkomers op hun inburgeringstraject met "
                    "maatschappelijke oriëntatie, trajectbegeleiding en doorverwijzing naar "
                    "Nederlandse les. Het ondersteunt ook lokale besturen en organisaties met "
                    "advies, sociaal tolken en vorming, onder meer voor vrijwilligers die met "
                    "anderstaligen Nederlands oefenen."
                ),
            },
            "en": {
                "name": "Agency for Integration and Civic Integration (Flanders)",
                "description": (
                    "The Flemish agency guides newcomers through their civic integration "
                    "programme with social orientation, individual guidance and referral to "
                    "Dutch classes. It also supports local authorities and organisations with "
                    "advice, community interpreting and training, including for volunteers who "
                    "practise Dutch with speakers of other languages."
                ),
            },
            "pl": {
                "name": "Agencja ds. Integracji i Integracji Obywatelskiej (Flandria)",
                "description": (
                    "Flamandzka agencja prowadzi nowo przybyłych przez program integracji "
                    "obywatelskiej: kurs orientacji społecznej, indywidualne wsparcie i "
                    "kierowanie na lekcje niderlandzkiego. Wspiera też samorządy i organizacje "
                    "doradztwem, tłumaczeniem środowiskowym i szkoleniami, między innymi dla "
                    "wolontariuszy, którzy ćwiczą niderlandzki z osobami obcojęzycznymi."
                ),
            },
        },
    ],
    "profile": {
        "contact_email": "integratie@gent.example.org",
        "contact_phone": "+32 9 000 00 00",
        "website": "https://stad.gent/",
        "last_revised": "2021-12-15",
        "organisations": ["ghent-welfare", "ghent-integration-agency"],
        "networks": ["eurocities", "solidarity-cities"],
        "policy_categories": ["reception", "social-rights", "participation", "civil-society"],
        "image": {
            "motif": "old-town",
        },
        "nl": {
            "slug": "gent",
            "title": "Gent",
            "tagline": (
                "Een superdiverse stad die integratie vanaf de eerste dag en in de buurt "
                "organiseert"
            ),
            "summary": (
                "Gent is een haven- en studentenstad met ongeveer 262.000 inwoners en meer dan "
                "160 nationaliteiten. De stad ziet integratie als een opdracht voor alle "
                "diensten en werkt nauw samen met het middenveld, buurtwerkers en vrijwilligers. "
                "Toen in 2015 veel meer asielzoekers aankwamen, richtte Gent samen met het OCMW "
                "een Refugee Taskforce op die nieuwkomers vanaf de eerste dag in contact bracht "
                "met taallessen, vrijwilligerswerk en vrije tijd. Nederlands leren en oefenen, "
                "aandacht voor nieuwe EU-burgers en een sterke buurtaanpak kenmerken het Gentse "
                "beleid. Betaalbaar wonen en discriminatie blijven de grootste uitdagingen."
            ),
            "key_findings": (
                "<ol><li>Integratie begint op de eerste dag: wie in Gent aankomt, wordt meteen "
                "in contact gebracht met organisaties, taallessen en vrijetijdsaanbod, ook "
                "tijdens de asielprocedure.</li><li>De Refugee Taskforce toont hoe stad, OCMW, "
                "middenveld en burgers samen één netwerk met duidelijke rollen kunnen "
                "vormen.</li><li>Nederlands oefenen buiten de klas is in Gent een gedeelde "
                "opdracht van bibliotheek, buurtcentra, scholen en vrijwilligers.</li><li>Nieuwe "
                "EU-burgers, onder meer uit Bulgarije en Slowakije, krijgen evenveel aandacht "
                "als vluchtelingen, hoewel zij geen verplicht inburgeringstraject "
                "volgen.</li></ol>"
            ),
            "distinctive": (
                "<p>Gent is de tweede grootste stad van Vlaanderen, met een grote universiteit, "
                "een belangrijke haven en een lange geschiedenis van arbeidsmigratie. Vanaf de "
                "jaren 1960 kwamen arbeiders uit onder meer Turkije en Marokko naar de fabrieken "
                "en de haven; hun kinderen en kleinkinderen zijn vandaag Gentenaars in alle "
                "domeinen van het stadsleven. Na de uitbreiding van de Europese Unie vestigden "
                "zich veel nieuwe inwoners uit Bulgarije en Slowakije, en sinds 2015 kwamen "
                "vluchtelingen uit onder meer Syrië, Afghanistan en Irak.</p><p>Gent noemt "
                "zichzelf een superdiverse stad: ongeveer een derde van de inwoners heeft een "
                "migratieachtergrond, en in sommige buurten is dat een meerderheid. De stad ziet "
                "die diversiteit als een gegeven en zoekt manieren om iedereen gelijke toegang "
                "tot rechten en voorzieningen te geven.</p>"
            ),
            "policy_focus": (
                "<p>Het Gentse beleid is tegelijk inclusief en gericht: algemene diensten moeten "
                "voor iedereen toegankelijk zijn, en waar drempels blijven, zet de stad gerichte "
                "acties in. Belangrijke thema's zijn Nederlands leren en oefenen, toegang tot "
                "sociale rechten, onderwijs voor anderstalige kinderen en jongeren, werk en de "
                "strijd tegen discriminatie.</p><p>Inburgering is in Vlaanderen een bevoegdheid "
                "van de Vlaamse overheid: het Agentschap Integratie en Inburgering begeleidt "
                "nieuwkomers met maatschappelijke oriëntatie, trajectbegeleiding en "
                "doorverwijzing naar Nederlandse les. De stad vult dat aan met een eigen "
                "buurtgerichte aanpak, steun aan zelforganisaties en een beleid voor "
                "intra-Europese migratie.</p>"
            ),
            "key_factors": (
                "<p>Gent kan bouwen op een dicht netwerk van buurtcentra, buurtwerk, "
                "straathoekwerk en zelforganisaties, en op een middenveld dat gewend is om met "
                "de stad samen te werken. Sinds stad en OCMW in 2019 één lokaal bestuur werden, "
                "zijn de lijnen tussen welzijnswerk en andere stadsdiensten nog "
                "korter.</p><p>Ook internationale netwerken spelen een rol: Gent was van 2016 "
                "tot 2018 voorzitter van EUROCITIES en deelt zijn ervaring in de werkgroep "
                "migratie en integratie. Beperkend zijn de krappe huurmarkt, de wachtlijsten "
                "voor sociale woningen en de afhankelijkheid van tijdelijke projectsubsidies.</p>"
            ),
            "responsible_office": "Stad Gent – Dienst Welzijn en Samenleven",
            "address": "Administratief Centrum Zuid, Woodrow Wilsonplein 1, 9000 Gent",
            "contact_name": "Els Vermeulen",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "ca. 262.000",
                    "label": "inwoners van de stad Gent",
                    "year": 2020,
                    "source": "Statbel",
                },
                {
                    "measure": "nationalities",
                    "value": "meer dan 160",
                    "label": "nationaliteiten onder de inwoners",
                    "year": 2020,
                    "source": "Stad Gent",
                },
                {
                    "measure": "migration_background",
                    "value": "ongeveer 1/3",
                    "label": "inwoners met een migratieachtergrond (benadering)",
                    "year": 2020,
                    "source": "Stad Gent, Gent in Cijfers",
                },
            ],
            "statistics": [
                {
                    "title": "Deelnemers aan oefengroepen Nederlands in de buurt",
                    "description": (
                        "Illustratieve waarden, geen officiële cijfers: de grafiek toont een "
                        "groei tot 2019 en een daling in 2020, toen veel groepen door de "
                        "coronamaatregelen stillagen of online gingen."
                    ),
                    "value_label": "Deelnemers per jaar (illustratief)",
                    "source": "Illustratieve waarden",
                    "data": [
                        {
                            "label": "2016",
                            "value": 600,
                        },
                        {
                            "label": "2017",
                            "value": 900,
                        },
                        {
                            "label": "2018",
                            "value": 1150,
                        },
                        {
                            "label": "2019",
                            "value": 1300,
                        },
                        {
                            "label": "2020",
                            "value": 700,
                        },
                    ],
                },
            ],
        },
        "en": {
            "slug": "ghent",
            "title": "Ghent",
            "tagline": (
                "A super-diverse city that organises integration from the first day and in the "
                "neighbourhood"
            ),
            "summary": (
                "Ghent is a port and university city with about 262,000 residents and more than "
                "160 nationalities. The city treats integration as a task for all its services "
                "and works closely with civil society, neighbourhood workers and volunteers. "
                "When far more asylum seekers arrived in 2015, Ghent and its public centre for "
                "social welfare set up a Refugee Taskforce that connected newcomers from their "
                "first day with language classes, volunteering and leisure. Learning and "
                "practising Dutch, attention to new EU citizens and a strong neighbourhood "
                "approach characterise Ghent's policy. Affordable housing and discrimination "
                "remain the greatest challenges."
            ),
            "key_findings": (
                "<ol><li>Integration starts on the first day: people arriving in Ghent are put "
                "in touch with organisations, language classes and leisure activities straight "
                "away, even during the asylum procedure.</li><li>The Refugee Taskforce shows how "
                "the city, its social welfare centre, civil society and citizens can form one "
                "network with clear roles.</li><li>In Ghent, practising Dutch outside the "
                "classroom is a shared task of the library, community centres, schools and "
                "volunteers.</li><li>New EU citizens, among others from Bulgaria and Slovakia, "
                "receive as much attention as refugees, even though they do not follow a "
                "compulsory civic integration programme.</li></ol>"
            ),
            "distinctive": (
                "<p>Ghent is the second largest city in Flanders, with a large university, an "
                "important port and a long history of labour migration. From the 1960s workers "
                "came from Turkey, Morocco and elsewhere to work in the factories and the port; "
                "their children and grandchildren are now Ghent residents in every area of city "
                "life. After the enlargement of the European Union many new residents settled "
                "from Bulgaria and Slovakia, and since 2015 refugees have come from Syria, "
                "Afghanistan, Iraq and other countries.</p><p>Ghent calls itself a super-diverse "
                "city: about a third of its residents have a migration background, and in some "
                "neighbourhoods they are the majority. The city takes this diversity as a given "
                "and looks for ways to give everyone equal access to rights and services.</p>"
            ),
            "policy_focus": (
                "<p>Ghent's policy is inclusive and targeted at the same time: mainstream "
                "services must be accessible to everyone, and where barriers remain, the city "
                "takes targeted action. Key themes are learning and practising Dutch, access to "
                "social rights, education for children and young people who speak other "
                "languages, work and the fight against discrimination.</p><p>In Flanders civic "
                "integration is a responsibility of the Flemish government: the Agency for "
                "Integration and Civic Integration guides newcomers with social orientation, "
                "individual guidance and referral to Dutch classes. The city complements this "
                "with its own neighbourhood-based approach, support for migrant "
                "self-organisations and a policy on intra-European migration.</p>"
            ),
            "key_factors": (
                "<p>Ghent can build on a dense network of community centres, neighbourhood work, "
                "street work and migrant self-organisations, and on a civil society used to "
                "working with the city. Since the city and its public centre for social welfare "
                "became one local authority in 2019, the lines between welfare work and other "
                "city services have become even shorter.</p><p>International networks play a "
                "part too: Ghent chaired EUROCITIES from 2016 to 2018 and shares its experience "
                "in the working group on migration and integration. The tight rental market, "
                "waiting lists for social housing and dependence on temporary project grants set "
                "the limits.</p>"
            ),
            "responsible_office": "City of Ghent – Welfare and Social Cohesion Service",
            "address": "Administrative Centre South, Woodrow Wilsonplein 1, 9000 Ghent, Belgium",
            "contact_name": "Els Vermeulen",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "approx. 262,000",
                    "label": "residents of the city of Ghent",
                    "year": 2020,
                    "source": "Statbel",
                },
                {
                    "measure": "nationalities",
                    "value": "more than 160",
                    "label": "nationalities among the residents",
                    "year": 2020,
                    "source": "City of Ghent",
                },
                {
                    "measure": "migration_background",
                    "value": "about 1/3",
                    "label": "residents with a migration background (approximate)",
                    "year": 2020,
                    "source": "City of Ghent, Gent in Cijfers",
                },
            ],
            "statistics": [
                {
                    "title": "Participants in neighbourhood Dutch practice groups",
                    "description": (
                        "Illustrative values, not official figures: the chart shows growth up to "
                        "2019 and a drop in 2020, when many groups paused or moved online "
                        "because of the pandemic measures."
                    ),
                    "value_label": "Participants per year (illustrative)",
                    "source": "Illustrative values",
                    "data": [
                        {
                            "label": "2016",
                            "value": 600,
                        },
                        {
                            "label": "2017",
                            "value": 900,
                        },
                        {
                            "label": "2018",
                            "value": 1150,
                        },
                        {
                            "label": "2019",
                            "value": 1300,
                        },
                        {
                            "label": "2020",
                            "value": 700,
                        },
                    ],
                },
            ],
        },
        "pl": {
            "slug": "gandawa",
            "title": "Gandawa",
            "tagline": (
                "Superróżnorodne miasto, które organizuje integrację od pierwszego dnia i w "
                "sąsiedztwie"
            ),
            "summary": (
                "Gandawa to miasto portowe i akademickie, liczące około 262 tysięcy mieszkańców "
                "ponad 160 narodowości. Miasto traktuje integrację jako zadanie wszystkich "
                "swoich służb i ściśle współpracuje z organizacjami społecznymi, pracownikami "
                "dzielnicowymi i wolontariuszami. Gdy w 2015 roku przybyło znacznie więcej osób "
                "ubiegających się o azyl, Gandawa wraz z publicznym ośrodkiem pomocy społecznej "
                "utworzyła Refugee Taskforce, który od pierwszego dnia łączył nowo przybyłych z "
                "lekcjami języka, wolontariatem i ofertą czasu wolnego. Gandawską politykę "
                "wyróżniają nauka i ćwiczenie niderlandzkiego, uwaga poświęcana nowym obywatelom "
                "UE i silne podejście dzielnicowe. Największymi wyzwaniami pozostają dostępne "
                "mieszkania i dyskryminacja."
            ),
            "key_findings": (
                "<ol><li>Integracja zaczyna się pierwszego dnia: osoby przybywające do Gandawy "
                "od razu poznają organizacje, lekcje języka i ofertę czasu wolnego, także w "
                "trakcie procedury azylowej.</li><li>Refugee Taskforce pokazuje, jak miasto, "
                "ośrodek pomocy społecznej, organizacje społeczne i mieszkańcy mogą tworzyć "
                "jedną sieć z jasno podzielonymi rolami.</li><li>Ćwiczenie niderlandzkiego poza "
                "klasą jest w Gandawie wspólnym zadaniem biblioteki, domów sąsiedzkich, szkół i "
                "wolontariuszy.</li><li>Nowi obywatele UE, między innymi z Bułgarii i Słowacji, "
                "otrzymują tyle samo uwagi co uchodźcy, choć nie uczestniczą w obowiązkowym "
                "programie integracji obywatelskiej.</li></ol>"
            ),
            "distinctive": (
                "<p>Gandawa jest drugim co do wielkości miastem Flandrii, z dużym uniwersytetem, "
                "ważnym portem i długą historią migracji zarobkowej. Od lat 60. XX wieku "
                "przyjeżdżali tu pracownicy między innymi z Turcji i Maroka do fabryk i portu; "
                "ich dzieci i wnuki są dziś mieszkańcami Gandawy obecnymi we wszystkich "
                "dziedzinach życia miasta. Po rozszerzeniu Unii Europejskiej osiedliło się tu "
                "wielu nowych mieszkańców z Bułgarii i Słowacji, a od 2015 roku przybywali "
                "uchodźcy między innymi z Syrii, Afganistanu i Iraku.</p><p>Gandawa nazywa "
                "siebie miastem superróżnorodnym: około jednej trzeciej mieszkańców ma "
                "doświadczenie migracji w rodzinie, a w niektórych dzielnicach stanowią oni "
                "większość. Miasto przyjmuje tę różnorodność jako fakt i szuka sposobów, by "
                "zapewnić wszystkim równy dostęp do praw i usług.</p>"
            ),
            "policy_focus": (
                "<p>Polityka Gandawy jest jednocześnie włączająca i ukierunkowana: usługi ogólne "
                "muszą być dostępne dla wszystkich, a tam, gdzie bariery pozostają, miasto "
                "podejmuje działania skierowane do konkretnych grup. Kluczowe tematy to nauka i "
                "ćwiczenie niderlandzkiego, dostęp do praw socjalnych, edukacja dzieci i "
                "młodzieży mówiących innymi językami, praca i przeciwdziałanie "
                "dyskryminacji.</p><p>We Flandrii integracja obywatelska należy do kompetencji "
                "rządu flamandzkiego: Agencja ds. Integracji i Integracji Obywatelskiej prowadzi "
                "nowo przybyłych przez kurs orientacji społecznej, indywidualne wsparcie i "
                "kierowanie na lekcje niderlandzkiego. Miasto uzupełnia to własnym podejściem "
                "dzielnicowym, wsparciem dla organizacji migrantów i polityką wobec migracji "
                "wewnątrzunijnej.</p>"
            ),
            "key_factors": (
                "<p>Gandawa może opierać się na gęstej sieci domów sąsiedzkich, pracy "
                "dzielnicowej, streetworkingu i organizacji migrantów oraz na organizacjach "
                "społecznych przyzwyczajonych do współpracy z miastem. Od kiedy w 2019 roku "
                "miasto i ośrodek pomocy społecznej stały się jednym samorządem, droga między "
                "pomocą społeczną a innymi służbami miejskimi jest jeszcze krótsza.</p><p>Rolę "
                "odgrywają też sieci międzynarodowe: w latach 2016–2018 Gandawa przewodniczyła "
                "sieci EUROCITIES i dzieli się doświadczeniem w grupie roboczej ds. migracji i "
                "integracji. Ograniczeniem są ciasny rynek najmu, kolejki do mieszkań socjalnych "
                "i zależność od czasowych dotacji projektowych.</p>"
            ),
            "responsible_office": (
                "Miasto Gandawa – Wydział ds. Opieki Społecznej i Spójności Społecznej"
            ),
            "address": (
                "Centrum Administracyjne Południe, Woodrow Wilsonplein 1, 9000 Gandawa, Belgia"
            ),
            "contact_name": "Els Vermeulen",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "ok. 262 tys.",
                    "label": "mieszkańców miasta Gandawa",
                    "year": 2020,
                    "source": "Statbel",
                },
                {
                    "measure": "nationalities",
                    "value": "ponad 160",
                    "label": "narodowości wśród mieszkańców",
                    "year": 2020,
                    "source": "Miasto Gandawa",
                },
                {
                    "measure": "migration_background",
                    "value": "około 1/3",
                    "label": "mieszkańców z doświadczeniem migracji w rodzinie (w przybliżeniu)",
                    "year": 2020,
                    "source": "Miasto Gandawa, Gent in Cijfers",
                },
            ],
            "statistics": [
                {
                    "title": "Uczestnicy dzielnicowych grup ćwiczenia niderlandzkiego",
                    "description": (
                        "Wartości ilustracyjne, nie oficjalne dane: wykres pokazuje wzrost do "
                        "2019 roku i spadek w 2020 roku, gdy wiele grup zawiesiło działalność "
                        "lub przeniosło się do internetu z powodu obostrzeń pandemicznych."
                    ),
                    "value_label": "Uczestnicy rocznie (ilustracyjnie)",
                    "source": "Wartości ilustracyjne",
                    "data": [
                        {
                            "label": "2016",
                            "value": 600,
                        },
                        {
                            "label": "2017",
                            "value": 900,
                        },
                        {
                            "label": "2018",
                            "value": 1150,
                        },
                        {
                            "label": "2019",
                            "value": 1300,
                        },
                        {
                            "label": "2020",
                            "value": 700,
                        },
                    ],
                },
            ],
        },
    },
    "report": {
        "start_date": "2021-04-19",
        "end_date": "2021-04-21",
        "contact_email": "integratie@gent.example.org",
        "thematic_areas": ["communication", "education", "local-communities", "housing"],
        "target_groups": ["refugees", "newcomers", "families", "residents"],
        "host_organisations": ["ghent-welfare", "ghent-integration-agency"],
        "visiting_cities": ["gdansk", "bremen", "bologna", "thessaloniki"],
        "practices": [0, 1],
        "image": {
            "motif": "bridge",
        },
        "gallery": [
            {
                "motif": "library",
            },
            {
                "motif": "walk",
            },
            {
                "motif": "meeting",
            },
        ],
        "nl": {
            "slug": "studiebezoek-gent-2021",
            "title": "Studiebezoek aan Gent, 19–21 april 2021",
            "summary": (
                "Het tweede studiebezoek van het netwerk vond van 19 tot 21 april 2021 plaats in "
                "Gent. In een kleine groep, met mondmaskers en deels online, maakten "
                "vertegenwoordigers van Gdańsk, Bremen, Bologna en Thessaloniki kennis met de "
                "Gentse aanpak: integratie vanaf de eerste dag via de Refugee Taskforce, "
                "Nederlands oefenen in de buurt en de samenwerking tussen stad, Vlaams "
                "agentschap, scholen en middenveld. Tijdens de ontmoeting met organisaties, "
                "activisten en nieuwkomers ging het over taal, wonen, nieuwe EU-burgers en "
                "inspraak. Het verslag beschrijft het programma, de discussie, sterktes en "
                "knelpunten en wat andere steden kunnen overnemen."
            ),
            "context": (
                "<p>Gent is in twintig jaar uitgegroeid tot een superdiverse stad. Na de "
                "uitbreiding van de Europese Unie kwamen veel nieuwe inwoners uit Bulgarije en "
                "Slowakije, vaak met weinig scholing en in onzekere woon- en werkomstandigheden. "
                "In 2015 volgde een sterke stijging van het aantal asielzoekers, en in Gent "
                "openden nieuwe opvangcentra.</p><p>De stad reageerde met een proactieve aanpak "
                "en een brede samenwerking, maar de uitdagingen blijven groot: de huurmarkt is "
                "krap, anderstalige kinderen hebben extra ondersteuning nodig en veel "
                "nieuwkomers krijgen weinig kans om Nederlands te spreken. De coronacrisis "
                "maakte die ongelijkheden nog zichtbaarder. Het studiebezoek wilde tonen hoe "
                "Gent deze vragen op wijkniveau en samen met partners aanpakt.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In Gent zagen de delegaties hoe een stad nieuwkomers vanaf de eerste "
                        "dag betrekt: in het opvangcentrum, bij het Agentschap Integratie en "
                        "Inburgering en vooral in de buurt. Aan een praattafel op het terras van "
                        "De Krook oefenden de gasten zelf mee, en in Brugse Poort toonden "
                        "buurtwerkers hoe een school, een wijkgezondheidscentrum en een "
                        "gemeenschapscentrum samenwerken.</p><p>De grafiek toont waaraan de "
                        "vijftien uur van het programma besteed werden. De buurt – de "
                        "wijkwandeling en de ontmoeting met organisaties, activisten en "
                        "nieuwkomers – kreeg de meeste tijd, omdat integratie volgens de Gentse "
                        "collega's vooral daar gebeurt.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "Het bezoek in cijfers",
                        "figures": [
                            {
                                "value": "3",
                                "label": "dagen programma, van 19 tot 21 april 2021",
                                "year": 2021,
                                "source": "Programma van het studiebezoek",
                            },
                            {
                                "value": "9",
                                "label": "programmaonderdelen, waarvan één volledig online",
                                "year": 2021,
                                "source": "Programma van het studiebezoek",
                            },
                            {
                                "value": "ongeveer 25",
                                "label": (
                                    "deelnemers aan de ontmoeting met organisaties, activisten en "
                                    "nieuwkomers"
                                ),
                                "year": 2021,
                                "source": "Programma van het studiebezoek",
                            },
                            {
                                "value": "4",
                                "label": (
                                    "partnersteden te gast: Gdańsk, Bremen, Bologna en "
                                    "Thessaloniki"
                                ),
                                "year": 2021,
                                "source": "Programma van het studiebezoek",
                            },
                        ],
                    },
                },
                {
                    "type": "chart",
                    "value": {
                        "title": "Het programma in uren, per thema",
                        "description": (
                            "De negen programmaonderdelen duurden samen vijftien uur. De "
                            "wijkwandeling en de ontmoeting in Brugse Poort namen de meeste tijd "
                            "in."
                        ),
                        "value_label": "Uren",
                        "source": "Programma van het studiebezoek",
                        "data": [
                            {
                                "label": "Inburgering",
                                "value": 3.5,
                            },
                            {
                                "label": "Taal, school",
                                "value": 3.0,
                            },
                            {
                                "label": "De buurt",
                                "value": 4.5,
                            },
                            {
                                "label": "Werk",
                                "value": 1.0,
                            },
                            {
                                "label": "Uitwisseling",
                                "value": 3.0,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Ik leer elke dag Nederlands, maar zodra ik iets zeg, antwoorden ze "
                            "in het Engels."
                        ),
                        "attribution": "Een nieuwkomer op de ontmoeting in Brugse Poort",
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-04-19",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Stadhuis Gent, Botermarkt 1",
                    "title": "Welkom en inleiding: samenleven in een superdiverse stad",
                    "description": (
                        "Medewerkers van de Dienst Welzijn en Samenleven schetsten de Gentse "
                        "diversiteit, de taakverdeling tussen stad, Vlaamse en federale "
                        "overheid, en de lessen van de Refugee Taskforce."
                    ),
                },
                {
                    "date": "2021-04-19",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Opvangcentrum voor verzoekers om internationale bescherming in Gent",
                    "title": "Integratie vanaf dag één",
                    "description": (
                        "Wegens de coronamaatregelen vond het bezoek buiten plaats. De "
                        "centrumverantwoordelijke en een buurtwerker vertelden hoe bewoners "
                        "vanaf hun aankomst in contact komen met taallessen, sportclubs en "
                        "vrijwilligerswerk."
                    ),
                },
                {
                    "date": "2021-04-19",
                    "start_time": "14:30",
                    "end_time": "16:30",
                    "place": "Agentschap Integratie en Inburgering, regio Gent",
                    "title": "Van intake tot inburgering",
                    "description": (
                        "Het agentschap en het Huis van het Nederlands lichtten het traject van "
                        "nieuwkomers toe: intake en taaltest, maatschappelijke oriëntatie in de "
                        "eigen taal, trajectbegeleiding en sociaal tolken. Ook het verschil "
                        "tussen verplichte en vrijwillige inburgering kwam aan bod."
                    ),
                },
                {
                    "date": "2021-04-20",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Bibliotheek De Krook",
                    "title": "Nederlands oefenen in de buurt",
                    "description": (
                        "Coördinatoren, vrijwilligers en deelnemers van praattafels en "
                        "oudergroepen toonden hoe het oefenaanbod werkt. De delegaties schoven "
                        "zelf aan bij een praattafel op het terras van de bibliotheek."
                    ),
                },
                {
                    "date": "2021-04-20",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Brugse Poort",
                    "title": "Wijkwandeling met buurtwerkers",
                    "description": (
                        "Langs een buurtcentrum, een wijkgezondheidscentrum en een basisschool "
                        "met een brugfiguur zagen de deelnemers hoe diensten in één wijk "
                        "samenwerken rond nieuwkomers, onder wie veel nieuwe EU-burgers."
                    ),
                },
                {
                    "date": "2021-04-20",
                    "start_time": "14:30",
                    "end_time": "17:30",
                    "place": "Buurtcentrum in de Brugse Poort (hybride)",
                    "title": (
                        "Ontmoeting met organisaties, instellingen, activisten en nieuwkomers"
                    ),
                    "description": (
                        "Ongeveer vijfentwintig deelnemers, een deel van hen online, spraken in "
                        "kleine groepen over taal, wonen en inspraak."
                    ),
                },
                {
                    "date": "2021-04-21",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Online, met een Gentse OKAN-school",
                    "title": "Onderwijs voor anderstalige jongeren",
                    "description": (
                        "Leerkrachten van een onthaalklas voor anderstalige nieuwkomers (OKAN) "
                        "lichtten toe hoe jongeren een jaar lang intensief Nederlands krijgen en "
                        "daarna begeleid doorstromen naar het gewone secundair onderwijs."
                    ),
                },
                {
                    "date": "2021-04-21",
                    "start_time": "11:30",
                    "end_time": "12:30",
                    "place": "Administratief Centrum Zuid, Woodrow Wilsonplein 1",
                    "title": "Werk en sociale rechten",
                    "description": (
                        "Het OCMW en de VDAB toonden hoe ze nieuwkomers samen naar werk "
                        "begeleiden, met aandacht voor taalondersteuning op de werkvloer en de "
                        "erkenning van buitenlandse diploma's."
                    ),
                },
                {
                    "date": "2021-04-21",
                    "start_time": "13:30",
                    "end_time": "15:00",
                    "place": "Administratief Centrum Zuid, Woodrow Wilsonplein 1",
                    "title": "Slotworkshop: wat nemen we mee?",
                    "description": (
                        "De delegaties vergeleken wat ze in Bremen en Gent hadden gezien, kozen "
                        "per stad één of twee ideeën om uit te proberen en spraken de volgende "
                        "stappen af."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>Aan de ontmoeting namen ongeveer vijfentwintig mensen deel, een derde van "
                "hen online:</p><ul><li>medewerkers van de Dienst Welzijn en Samenleven, het "
                "OCMW en het Agentschap Integratie en Inburgering</li><li>buurtwerkers, een "
                "straathoekwerker en een brugfiguur uit een basisschool</li><li>vrijwilligers en "
                "coördinatoren van praattafels en taalbuddyprojecten</li><li>vertegenwoordigers "
                "van zelforganisaties, onder meer van de Bulgaarse, Syrische en Afghaanse "
                "gemeenschap</li><li>nieuwkomers die zelf aan een oefengroep deelnemen of als "
                "vrijwilliger actief zijn</li><li>de delegaties uit Gdańsk, Bremen, Bologna en "
                "Thessaloniki</li></ul>"
            ),
            "meeting_discussion": (
                "<p><b>Taal.</b> Nieuwkomers vertelden dat ze Nederlands leren, maar weinig "
                "kansen krijgen om het te spreken: in winkels en op het werk schakelen "
                "Gentenaars snel over op het Engels of Frans. Een vrijwilliger pleitte voor "
                "„trager Nederlands” in plaats van overschakelen. Sommigen zagen de verplichte "
                "inburgering als een stimulans, anderen vooral als een bron van stress wanneer "
                "werk, kinderen en les moeilijk te combineren zijn.</p><p><b>Wonen.</b> "
                "Deelnemers beschreven de krappe huurmarkt, slechte woningen bij malafide "
                "verhuurders en weigeringen op basis van naam of taal. De stad lichtte toe hoe "
                "ze discriminatie op de huurmarkt met praktijktesten opspoort; organisaties "
                "vroegen meer sociale woningen en begeleiding na de verhuis.</p><p><b>Inspraak "
                "en nieuwe EU-burgers.</b> Zelforganisaties willen structureel betrokken worden, "
                "niet alleen bij afzonderlijke projecten. Bulgaarse Gentenaars wezen erop dat "
                "EU-burgers tussen de mazen kunnen vallen: geen verplicht traject, maar wel "
                "dezelfde drempels. De gasten uit Bremen herkenden de rol van taal- en "
                "cultuurbemiddelaars; Gdańsk en Thessaloniki vroegen hoe Gent vrijwilligers na "
                "2015 betrokken hield.</p>"
            ),
            "key_findings": (
                "<ol><li>Integratie vanaf dag één loont: asielzoekers die tijdens de procedure "
                "al Nederlands leren en een netwerk opbouwen, staan na hun erkenning veel "
                "sterker.</li><li>Een taskforce werkt als ze een duidelijk mandaat, één "
                "coördinator en een klein aantal werkgroepen heeft, en als burgers er vanaf het "
                "begin bij betrokken zijn.</li><li>Een taal leren vraagt meer dan lessen: "
                "oefenkansen in de buurt, in de bibliotheek en aan de schoolpoort maken het "
                "verschil.</li><li>De wijk is het niveau waarop diensten, scholen en "
                "vrijwilligers elkaar kennen en nieuwkomers het snelst bereiken.</li></ol>"
            ),
            "strengths": (
                "<ul><li>een politiek gedragen, proactieve houding tegenover "
                "nieuwkomers</li><li>een dicht netwerk van buurtcentra, buurtwerk, bibliotheek "
                "en zelforganisaties</li><li>een duidelijke samenwerking met het Vlaamse "
                "agentschap en het Huis van het Nederlands</li><li>aandacht voor nieuwe "
                "EU-burgers, die in veel steden buiten beeld blijven</li></ul>"
            ),
            "challenges": (
                "<ul><li>een krappe en soms discriminerende huurmarkt en lange wachtlijsten voor "
                "sociale woningen</li><li>afhankelijkheid van tijdelijke subsidies en van "
                "vrijwilligers, met veel verloop als gevolg</li><li>weinig invloed van de stad "
                "op federale beslissingen over opvang en verblijf</li><li>minder bereik bij "
                "jonge werkende mannen en bij mensen zonder computer of internet</li></ul>"
            ),
            "next_actions": (
                "<ul><li>Gdańsk test in het najaar van 2021 praattafels Pools in twee filialen "
                "van de stadsbibliotheek, naar het Gentse voorbeeld.</li><li>Gent en Bremen "
                "wisselen vormingsmateriaal uit voor vrijwilligers en taal- en "
                "cultuurbemiddelaars, zoals in Bremen afgesproken.</li><li>Bologna en "
                "Thessaloniki bekijken met Gent hoe een taskforce met werkgroepen in hun eigen "
                "stadsbestuur kan worden ingericht.</li><li>De stad Gent stelt een Engelstalige "
                "samenvatting van de lessen uit de Refugee Taskforce ter beschikking voor de "
                "onlinepublicatie van het netwerk.</li></ul>"
            ),
            "transferability": (
                "<p>De Refugee Taskforce is geen dure structuur, maar een manier van "
                "samenwerken. Andere steden kunnen klein beginnen: één coördinator, een overleg "
                "met de belangrijkste diensten en organisaties, en drie werkgroepen met een "
                "duidelijke opdracht. Belangrijk is dat ook burgerinitiatieven een plaats "
                "krijgen, zodat goede wil niet verloren gaat.</p><p>Oefengroepen in de buurt "
                "zijn bijna overal haalbaar, ook in steden waar de lokale taal buiten het land "
                "weinig gesproken wordt, zoals het Pools of het Grieks. Wat in Gent het verschil "
                "maakt, is de koppeling met het intakepunt voor taallessen en de vorming van "
                "vrijwilligers. Zonder die twee blijven praattafels afhankelijk van toevallige "
                "inzet.</p>"
            ),
            "authors": (
                "Projectteam Welcoming Cities, Gdańsk, samen met Stad Gent – Dienst Welzijn en "
                "Samenleven"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "Een kleine groep zit aan een tafel in een lichte bibliotheekzaal met "
                        "grote ramen en boekenrekken."
                    ),
                    "caption": "Praattafel Nederlands in bibliotheek De Krook",
                    "credit": "Stad Gent",
                },
                {
                    "alt_text": (
                        "Deelnemers met mondmaskers wandelen door een straat met rijhuizen in de "
                        "Brugse Poort."
                    ),
                    "caption": "Wijkwandeling met buurtwerkers in de Brugse Poort",
                    "credit": "Projectteam Welcoming Cities",
                },
                {
                    "alt_text": (
                        "Mensen zitten in een kring in een buurtcentrum; op een scherm zijn "
                        "deelnemers te zien die online meedoen."
                    ),
                    "caption": "De hybride ontmoeting met organisaties, activisten en nieuwkomers",
                    "credit": "Projectteam Welcoming Cities",
                },
            ],
        },
        "en": {
            "slug": "study-visit-ghent-2021",
            "title": "Study visit to Ghent, 19–21 April 2021",
            "summary": (
                "The network's second study visit took place in Ghent from 19 to 21 April 2021. "
                "In a small group, wearing masks and partly online, representatives of Gdańsk, "
                "Bremen, Bologna and Thessaloniki got to know Ghent's approach: integration from "
                "the first day through the Refugee Taskforce, practising Dutch in the "
                "neighbourhood, and cooperation between the city, a Flemish agency, schools and "
                "civil society. The meeting with organisations, activists and newcomers dealt "
                "with language, housing, new EU citizens and having a say. The report describes "
                "the programme, the discussion, strengths and weaknesses, and what other cities "
                "can adopt."
            ),
            "context": (
                "<p>Over twenty years Ghent has grown into a super-diverse city. After the "
                "enlargement of the European Union many new residents came from Bulgaria and "
                "Slovakia, often with little schooling and in insecure housing and working "
                "conditions. In 2015 the number of asylum seekers rose sharply, and new "
                "reception centres opened in Ghent.</p><p>The city responded with a proactive "
                "approach and broad cooperation, but the challenges remain great: the rental "
                "market is tight, children who speak other languages need extra support, and "
                "many newcomers have few chances to speak Dutch. The pandemic made these "
                "inequalities even more visible. The study visit set out to show how Ghent "
                "tackles these questions at neighbourhood level and together with partners.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In Ghent the delegations saw how a city involves newcomers from the "
                        "first day: at the reception centre, at the Agency for Integration and "
                        "Civic Integration and above all in the neighbourhood. At a conversation "
                        "table on the terrace of De Krook the guests practised along with "
                        "everyone else, and in Brugse Poort neighbourhood workers showed how a "
                        "school, a community health centre and a community centre work "
                        "together.</p><p>The chart shows how the fifteen hours of the programme "
                        "were spent. The neighbourhood – the walk and the meeting with "
                        "organisations, activists and newcomers – took the most time, because "
                        "that, according to the Ghent colleagues, is where integration "
                        "happens.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "The visit in figures",
                        "figures": [
                            {
                                "value": "3",
                                "label": "days of programme, 19 to 21 April 2021",
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
                                "value": "about 25",
                                "label": (
                                    "participants in the meeting with organisations, activists "
                                    "and newcomers"
                                ),
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "4",
                                "label": (
                                    "partner cities as guests: Gdańsk, Bremen, Bologna and "
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
                        "title": "The programme in hours, by theme",
                        "description": (
                            "The nine sessions took fifteen hours in all. The neighbourhood walk "
                            "and the meeting in Brugse Poort took the most time."
                        ),
                        "value_label": "Hours",
                        "source": "Programme of the study visit",
                        "data": [
                            {
                                "label": "Integration",
                                "value": 3.5,
                            },
                            {
                                "label": "Dutch, school",
                                "value": 3.0,
                            },
                            {
                                "label": "District",
                                "value": 4.5,
                            },
                            {
                                "label": "Work",
                                "value": 1.0,
                            },
                            {
                                "label": "Exchange",
                                "value": 3.0,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "I learn Dutch every day, but as soon as I say something, people "
                            "answer in English."
                        ),
                        "attribution": "A newcomer at the meeting in Brugse Poort",
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-04-19",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Ghent City Hall, Botermarkt 1",
                    "title": "Welcome and introduction: living together in a super-diverse city",
                    "description": (
                        "Staff of the Welfare and Social Cohesion Service outlined Ghent's "
                        "diversity, the division of tasks between the city, the Flemish and the "
                        "federal governments, and the lessons of the Refugee Taskforce."
                    ),
                },
                {
                    "date": "2021-04-19",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": (
                        "Reception centre for applicants for international protection in Ghent"
                    ),
                    "title": "Integration from day one",
                    "description": (
                        "Because of the pandemic measures the visit took place outdoors. The "
                        "centre manager and a neighbourhood worker explained how residents are "
                        "put in touch with language classes, sports clubs and volunteering from "
                        "the moment they arrive."
                    ),
                },
                {
                    "date": "2021-04-19",
                    "start_time": "14:30",
                    "end_time": "16:30",
                    "place": "Agency for Integration and Civic Integration, Ghent office",
                    "title": "From intake to civic integration",
                    "description": (
                        "The agency and the House of Dutch explained the newcomers' pathway: "
                        "intake and language test, social orientation in their own language, "
                        "individual guidance and community interpreting. The difference between "
                        "compulsory and voluntary civic integration was also discussed."
                    ),
                },
                {
                    "date": "2021-04-20",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "De Krook library",
                    "title": "Practising Dutch in the neighbourhood",
                    "description": (
                        "Coordinators, volunteers and participants of conversation tables and "
                        "parents' groups showed how the practice groups work. The delegations "
                        "joined a conversation table on the library's terrace."
                    ),
                },
                {
                    "date": "2021-04-20",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Brugse Poort",
                    "title": "Neighbourhood walk with neighbourhood workers",
                    "description": (
                        "Passing a community centre, a community health centre and a primary "
                        "school with a home–school liaison worker, participants saw how services "
                        "in one neighbourhood work together for newcomers, many of them new EU "
                        "citizens."
                    ),
                },
                {
                    "date": "2021-04-20",
                    "start_time": "14:30",
                    "end_time": "17:30",
                    "place": "Community centre in Brugse Poort (hybrid)",
                    "title": "Meeting with organisations, institutions, activists and newcomers",
                    "description": (
                        "About twenty-five participants, some of them online, talked in small "
                        "groups about language, housing and having a say."
                    ),
                },
                {
                    "date": "2021-04-21",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Online, with a Ghent OKAN school",
                    "title": "Education for young people who speak other languages",
                    "description": (
                        "Teachers of a reception class for newly arrived pupils who speak other "
                        "languages (OKAN) explained how young people receive a year of intensive "
                        "Dutch and then move on, with support, to mainstream secondary education."
                    ),
                },
                {
                    "date": "2021-04-21",
                    "start_time": "11:30",
                    "end_time": "12:30",
                    "place": "Administrative Centre South, Woodrow Wilsonplein 1",
                    "title": "Work and social rights",
                    "description": (
                        "The public centre for social welfare and the Flemish employment service "
                        "VDAB showed how they jointly guide newcomers into work, with attention "
                        "to language support in the workplace and the recognition of foreign "
                        "diplomas."
                    ),
                },
                {
                    "date": "2021-04-21",
                    "start_time": "13:30",
                    "end_time": "15:00",
                    "place": "Administrative Centre South, Woodrow Wilsonplein 1",
                    "title": "Closing workshop: what do we take home?",
                    "description": (
                        "The delegations compared what they had seen in Bremen and Ghent, each "
                        "chose one or two ideas to try out and agreed on the next steps."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>About twenty-five people took part in the meeting, a third of them "
                "online:</p><ul><li>staff of the Welfare and Social Cohesion Service, the public "
                "centre for social welfare and the Agency for Integration and Civic "
                "Integration</li><li>neighbourhood workers, a street worker and a home–school "
                "liaison worker from a primary school</li><li>volunteers and coordinators of "
                "conversation tables and language buddy projects</li><li>representatives of "
                "migrant self-organisations, including the Bulgarian, Syrian and Afghan "
                "communities</li><li>newcomers who take part in a practice group themselves or "
                "volunteer</li><li>the delegations from Gdańsk, Bremen, Bologna and "
                "Thessaloniki</li></ul>"
            ),
            "meeting_discussion": (
                "<p><b>Language.</b> Newcomers said they are learning Dutch but get few chances "
                "to speak it: in shops and at work, Ghent residents quickly switch to English or "
                "French. A volunteer argued for “slower Dutch” instead of switching. Some saw "
                "compulsory civic integration as an incentive, others mainly as a source of "
                "stress when work, children and classes are hard to "
                "combine.</p><p><b>Housing.</b> Participants described the tight rental market, "
                "poor housing let by unscrupulous landlords and refusals based on name or "
                "language. The city explained how it uses situation testing to detect "
                "discrimination on the rental market; organisations asked for more social "
                "housing and support after moving.</p><p><b>Having a say and new EU "
                "citizens.</b> Migrant self-organisations want to be involved structurally, not "
                "only in individual projects. Bulgarian residents of Ghent pointed out that EU "
                "citizens can fall through the cracks: no compulsory programme, but the same "
                "barriers. The guests from Bremen recognised the role of language and culture "
                "mediators; Gdańsk and Thessaloniki asked how Ghent kept volunteers involved "
                "after 2015.</p>"
            ),
            "key_findings": (
                "<ol><li>Integration from day one pays off: asylum seekers who learn Dutch and "
                "build a network during the procedure are in a much stronger position once they "
                "are recognised.</li><li>A taskforce works when it has a clear mandate, one "
                "coordinator and a small number of working groups, and when citizens are "
                "involved from the start.</li><li>Learning a language takes more than classes: "
                "chances to practise in the neighbourhood, in the library and at the school gate "
                "make the difference.</li><li>The neighbourhood is the level at which services, "
                "schools and volunteers know each other and reach newcomers fastest.</li></ol>"
            ),
            "strengths": (
                "<ul><li>a proactive attitude towards newcomers with political backing</li><li>a "
                "dense network of community centres, neighbourhood work, the library and migrant "
                "self-organisations</li><li>clear cooperation with the Flemish agency and the "
                "House of Dutch</li><li>attention to new EU citizens, who remain out of sight in "
                "many cities</li></ul>"
            ),
            "challenges": (
                "<ul><li>a tight and sometimes discriminatory rental market and long waiting "
                "lists for social housing</li><li>dependence on temporary grants and on "
                "volunteers, leading to high turnover</li><li>little influence of the city on "
                "federal decisions on reception and residence</li><li>weaker reach among young "
                "working men and people without a computer or internet access</li></ul>"
            ),
            "next_actions": (
                "<ul><li>In autumn 2021 Gdańsk will test Polish conversation tables in two "
                "branches of the city library, following Ghent's example.</li><li>Ghent and "
                "Bremen will exchange training materials for volunteers and language and culture "
                "mediators, as agreed in Bremen.</li><li>Bologna and Thessaloniki will look with "
                "Ghent at how a taskforce with working groups could be set up in their own city "
                "administrations.</li><li>The City of Ghent will provide an English summary of "
                "the lessons from the Refugee Taskforce for the network's online "
                "publication.</li></ul>"
            ),
            "transferability": (
                "<p>The Refugee Taskforce is not an expensive structure but a way of working "
                "together. Other cities can start small: one coordinator, a regular meeting of "
                "the main services and organisations, and three working groups with a clear "
                "remit. It matters that citizens' initiatives also get a place, so that good "
                "will is not lost.</p><p>Neighbourhood practice groups are feasible almost "
                "anywhere, including in cities whose local language is little spoken outside the "
                "country, such as Polish or Greek. What makes the difference in Ghent is the "
                "link with the intake point for language classes and the training of volunteers. "
                "Without these two, conversation tables depend on chance commitment.</p>"
            ),
            "authors": (
                "Welcoming Cities project team, Gdańsk, together with the City of Ghent – "
                "Welfare and Social Cohesion Service"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "A small group sits at a table in a bright library hall with large "
                        "windows and bookshelves."
                    ),
                    "caption": "Dutch conversation table at De Krook library",
                    "credit": "City of Ghent",
                },
                {
                    "alt_text": (
                        "Participants wearing masks walk along a street of terraced houses in "
                        "Brugse Poort."
                    ),
                    "caption": "Neighbourhood walk with neighbourhood workers in Brugse Poort",
                    "credit": "Welcoming Cities project team",
                },
                {
                    "alt_text": (
                        "People sit in a circle in a community centre; participants joining "
                        "online can be seen on a screen."
                    ),
                    "caption": "The hybrid meeting with organisations, activists and newcomers",
                    "credit": "Welcoming Cities project team",
                },
            ],
        },
        "pl": {
            "slug": "wizyta-studyjna-gandawa-2021",
            "title": "Wizyta studyjna w Gandawie, 19–21 kwietnia 2021",
            "summary": (
                "Druga wizyta studyjna sieci odbyła się w Gandawie w dniach 19–21 kwietnia 2021 "
                "roku. W małej grupie, w maseczkach i częściowo online przedstawiciele Gdańska, "
                "Bremy, Bolonii i Salonik poznali podejście Gandawy: integrację od pierwszego "
                "dnia dzięki Refugee Taskforce, ćwiczenie niderlandzkiego w sąsiedztwie oraz "
                "współpracę miasta, agencji flamandzkiej, szkół i organizacji społecznych. "
                "Spotkanie z organizacjami, aktywistami i nowo przybyłymi dotyczyło języka, "
                "mieszkań, nowych obywateli UE i współdecydowania. Raport opisuje program, "
                "dyskusję, mocne i słabe strony oraz to, co mogą przejąć inne miasta."
            ),
            "context": (
                "<p>W ciągu dwudziestu lat Gandawa stała się miastem superróżnorodnym. Po "
                "rozszerzeniu Unii Europejskiej przybyło wielu nowych mieszkańców z Bułgarii i "
                "Słowacji, często z niewielkim wykształceniem i w niepewnych warunkach "
                "mieszkaniowych i zawodowych. W 2015 roku gwałtownie wzrosła liczba osób "
                "ubiegających się o azyl, a w Gandawie otwarto nowe ośrodki "
                "recepcyjne.</p><p>Miasto odpowiedziało proaktywnym podejściem i szeroką "
                "współpracą, ale wyzwania pozostają duże: rynek najmu jest ciasny, dzieci "
                "mówiące innymi językami potrzebują dodatkowego wsparcia, a wielu nowo "
                "przybyłych ma niewiele okazji, by mówić po niderlandzku. Pandemia jeszcze "
                "wyraźniej pokazała te nierówności. Wizyta studyjna miała pokazać, jak Gandawa "
                "zajmuje się tymi sprawami na poziomie dzielnic i wspólnie z partnerami.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>W Gandawie delegacje zobaczyły, jak miasto angażuje nowo przybyłych "
                        "od pierwszego dnia: w ośrodku dla osób ubiegających się o ochronę, w "
                        "Agencji ds. Integracji i Integracji Obywatelskiej, a przede wszystkim w "
                        "dzielnicy. Przy stoliku konwersacyjnym na tarasie biblioteki De Krook "
                        "goście sami ćwiczyli niderlandzki, a w Brugse Poort pracownicy "
                        "dzielnicowi pokazali, jak współpracują szkoła, dzielnicowe centrum "
                        "zdrowia i dom sąsiedzki.</p><p>Wykres pokazuje, na co przeznaczono "
                        "piętnaście godzin programu. Najwięcej czasu zajęła dzielnica – spacer i "
                        "spotkanie z organizacjami, aktywistami i nowo przybyłymi – bo według "
                        "kolegów z Gandawy właśnie tam dzieje się integracja.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "Wizyta w liczbach",
                        "figures": [
                            {
                                "value": "3",
                                "label": "dni programu, 19–21 kwietnia 2021",
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
                                "value": "ok. 25",
                                "label": (
                                    "uczestników spotkania z organizacjami, aktywistami i nowo "
                                    "przybyłymi"
                                ),
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "4",
                                "label": (
                                    "miasta partnerskie w gościach: Gdańsk, Brema, Bolonia i "
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
                        "title": "Program w godzinach według tematów",
                        "description": (
                            "Dziewięć punktów programu trwało łącznie piętnaście godzin. "
                            "Najwięcej czasu zajęły spacer po Brugse Poort i spotkanie w tej "
                            "dzielnicy."
                        ),
                        "value_label": "Godziny",
                        "source": "Program wizyty studyjnej",
                        "data": [
                            {
                                "label": "Integracja",
                                "value": 3.5,
                            },
                            {
                                "label": "Język, szkoła",
                                "value": 3.0,
                            },
                            {
                                "label": "Dzielnica",
                                "value": 4.5,
                            },
                            {
                                "label": "Praca",
                                "value": 1.0,
                            },
                            {
                                "label": "Wymiana",
                                "value": 3.0,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Codziennie uczę się niderlandzkiego, ale gdy tylko coś powiem, "
                            "ludzie odpowiadają mi po angielsku."
                        ),
                        "attribution": "Osoba nowo przybyła na spotkaniu w Brugse Poort",
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-04-19",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Ratusz w Gandawie, Botermarkt 1",
                    "title": "Powitanie i wprowadzenie: współżycie w superróżnorodnym mieście",
                    "description": (
                        "Pracownicy Wydziału ds. Opieki Społecznej i Spójności Społecznej "
                        "przedstawili różnorodność Gandawy, podział zadań między miastem, rządem "
                        "flamandzkim i federalnym oraz wnioski z działania Refugee Taskforce."
                    ),
                },
                {
                    "date": "2021-04-19",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": (
                        "Ośrodek dla osób ubiegających się o ochronę międzynarodową w Gandawie"
                    ),
                    "title": "Integracja od pierwszego dnia",
                    "description": (
                        "Z powodu obostrzeń pandemicznych wizyta odbyła się na zewnątrz. "
                        "Kierowniczka ośrodka i pracownik dzielnicowy opowiedzieli, jak "
                        "mieszkańcy od chwili przybycia poznają lekcje języka, kluby sportowe i "
                        "wolontariat."
                    ),
                },
                {
                    "date": "2021-04-19",
                    "start_time": "14:30",
                    "end_time": "16:30",
                    "place": "Agencja ds. Integracji i Integracji Obywatelskiej, biuro w Gandawie",
                    "title": "Od rozmowy wstępnej do integracji obywatelskiej",
                    "description": (
                        "Agencja i Dom Języka Niderlandzkiego (Huis van het Nederlands) omówiły "
                        "ścieżkę nowo przybyłych: rozmowę wstępną i test językowy, kurs "
                        "orientacji społecznej we własnym języku, indywidualne wsparcie i "
                        "tłumaczenie środowiskowe. Rozmawiano też o różnicy między obowiązkową a "
                        "dobrowolną integracją obywatelską."
                    ),
                },
                {
                    "date": "2021-04-20",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Biblioteka De Krook",
                    "title": "Ćwiczenie niderlandzkiego w sąsiedztwie",
                    "description": (
                        "Koordynatorzy, wolontariusze i uczestnicy stolików konwersacyjnych i "
                        "grup dla rodziców pokazali, jak działają grupy ćwiczeniowe. Delegacje "
                        "same dosiadły się do stolika konwersacyjnego na tarasie biblioteki."
                    ),
                },
                {
                    "date": "2021-04-20",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Dzielnica Brugse Poort",
                    "title": "Spacer po dzielnicy z pracownikami dzielnicowymi",
                    "description": (
                        "Odwiedzając dom sąsiedzki, dzielnicowe centrum zdrowia i szkołę "
                        "podstawową z łącznikiem między szkołą a rodzinami, uczestnicy "
                        "zobaczyli, jak służby w jednej dzielnicy współpracują na rzecz nowo "
                        "przybyłych, wśród których jest wielu nowych obywateli UE."
                    ),
                },
                {
                    "date": "2021-04-20",
                    "start_time": "14:30",
                    "end_time": "17:30",
                    "place": "Dom sąsiedzki w dzielnicy Brugse Poort (formuła hybrydowa)",
                    "title": (
                        "Spotkanie z organizacjami, instytucjami, aktywistami i nowo przybyłymi"
                    ),
                    "description": (
                        "Około dwudziestu pięciu uczestników, część z nich online, rozmawiało w "
                        "małych grupach o języku, mieszkaniach i współdecydowaniu."
                    ),
                },
                {
                    "date": "2021-04-21",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Online, ze szkołą w Gandawie prowadzącą klasę OKAN",
                    "title": "Edukacja młodzieży mówiącej innymi językami",
                    "description": (
                        "Nauczyciele klasy powitalnej dla nowo przybyłych uczniów mówiących "
                        "innymi językami (OKAN) wyjaśnili, jak młodzież przez rok intensywnie "
                        "uczy się niderlandzkiego, a potem z pomocą przechodzi do zwykłej szkoły "
                        "średniej."
                    ),
                },
                {
                    "date": "2021-04-21",
                    "start_time": "11:30",
                    "end_time": "12:30",
                    "place": "Centrum Administracyjne Południe, Woodrow Wilsonplein 1",
                    "title": "Praca i prawa socjalne",
                    "description": (
                        "Publiczny ośrodek pomocy społecznej i flamandzki urząd pracy VDAB "
                        "pokazały, jak wspólnie prowadzą nowo przybyłych do pracy, zwracając "
                        "uwagę na wsparcie językowe w miejscu pracy i uznawanie zagranicznych "
                        "dyplomów."
                    ),
                },
                {
                    "date": "2021-04-21",
                    "start_time": "13:30",
                    "end_time": "15:00",
                    "place": "Centrum Administracyjne Południe, Woodrow Wilsonplein 1",
                    "title": "Warsztat podsumowujący: co zabieramy ze sobą?",
                    "description": (
                        "Delegacje porównały to, co zobaczyły w Bremie i Gandawie, każda wybrała "
                        "jeden lub dwa pomysły do wypróbowania i uzgodniono kolejne kroki."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>W spotkaniu wzięło udział około dwudziestu pięciu osób, jedna trzecia z nich "
                "online:</p><ul><li>pracownicy Wydziału ds. Opieki Społecznej i Spójności "
                "Społecznej, publicznego ośrodka pomocy społecznej i Agencji ds. Integracji i "
                "Integracji Obywatelskiej</li><li>pracownicy dzielnicowi, streetworker i "
                "łączniczka między szkołą a rodzinami ze szkoły "
                "podstawowej</li><li>wolontariusze i koordynatorzy stolików konwersacyjnych i "
                "projektów językowych „buddy”</li><li>przedstawiciele organizacji migrantów, "
                "między innymi społeczności bułgarskiej, syryjskiej i afgańskiej</li><li>nowo "
                "przybyli, którzy sami uczestniczą w grupie ćwiczeniowej lub działają jako "
                "wolontariusze</li><li>delegacje z Gdańska, Bremy, Bolonii i Salonik</li></ul>"
            ),
            "meeting_discussion": (
                "<p><b>Język.</b> Nowo przybyli mówili, że uczą się niderlandzkiego, ale mają "
                "mało okazji, by nim mówić: w sklepach i w pracy mieszkańcy Gandawy szybko "
                "przechodzą na angielski lub francuski. Jedna z wolontariuszek apelowała o "
                "„wolniejszy niderlandzki” zamiast zmiany języka. Dla części uczestników "
                "obowiązkowa integracja obywatelska była motywacją, dla innych przede wszystkim "
                "źródłem stresu, gdy trudno pogodzić pracę, dzieci i "
                "lekcje.</p><p><b>Mieszkanie.</b> Uczestnicy opisywali ciasny rynek najmu, złe "
                "warunki u nieuczciwych wynajmujących i odmowy z powodu nazwiska lub języka. "
                "Miasto wyjaśniło, jak za pomocą testów sytuacyjnych wykrywa dyskryminację na "
                "rynku najmu; organizacje domagały się większej liczby mieszkań socjalnych i "
                "wsparcia po przeprowadzce.</p><p><b>Współdecydowanie i nowi obywatele UE.</b> "
                "Organizacje migrantów chcą być włączane na stałe, a nie tylko przy pojedynczych "
                "projektach. Bułgarscy mieszkańcy Gandawy zwracali uwagę, że obywatele UE mogą "
                "wypadać z systemu: nie mają obowiązkowego programu, ale napotykają te same "
                "bariery. Goście z Bremy rozpoznali rolę pośredników językowych i kulturowych; "
                "Gdańsk i Saloniki pytały, jak Gandawa utrzymała zaangażowanie wolontariuszy po "
                "2015 roku.</p>"
            ),
            "key_findings": (
                "<ol><li>Integracja od pierwszego dnia się opłaca: osoby ubiegające się o azyl, "
                "które już w trakcie procedury uczą się niderlandzkiego i budują sieć kontaktów, "
                "są po uzyskaniu statusu w znacznie lepszym położeniu.</li><li>Taskforce działa, "
                "gdy ma jasny mandat, jednego koordynatora i niewielką liczbę grup roboczych, a "
                "mieszkańcy są włączeni od samego początku.</li><li>Nauka języka to więcej niż "
                "lekcje: o sukcesie decydują okazje do ćwiczenia w sąsiedztwie, w bibliotece i "
                "pod szkołą.</li><li>Dzielnica to poziom, na którym służby, szkoły i "
                "wolontariusze się znają i najszybciej docierają do nowo przybyłych.</li></ol>"
            ),
            "strengths": (
                "<ul><li>proaktywna postawa wobec nowo przybyłych, mająca poparcie "
                "polityczne</li><li>gęsta sieć domów sąsiedzkich, pracy dzielnicowej, biblioteki "
                "i organizacji migrantów</li><li>jasna współpraca z agencją flamandzką i Domem "
                "Języka Niderlandzkiego</li><li>uwaga poświęcana nowym obywatelom UE, których w "
                "wielu miastach się nie dostrzega</li></ul>"
            ),
            "challenges": (
                "<ul><li>ciasny i czasem dyskryminujący rynek najmu oraz długie kolejki do "
                "mieszkań socjalnych</li><li>zależność od czasowych dotacji i od wolontariuszy, "
                "co powoduje dużą rotację</li><li>niewielki wpływ miasta na federalne decyzje w "
                "sprawie przyjmowania i pobytu</li><li>słabsze dotarcie do młodych pracujących "
                "mężczyzn i do osób bez komputera lub internetu</li></ul>"
            ),
            "next_actions": (
                "<ul><li>Jesienią 2021 roku Gdańsk, wzorem Gandawy, przetestuje stoliki "
                "konwersacyjne po polsku w dwóch filiach biblioteki miejskiej.</li><li>Gandawa i "
                "Brema wymienią się materiałami szkoleniowymi dla wolontariuszy oraz pośredników "
                "językowych i kulturowych, zgodnie z ustaleniami z Bremy.</li><li>Bolonia i "
                "Saloniki wspólnie z Gandawą przeanalizują, jak utworzyć taskforce z grupami "
                "roboczymi we własnych administracjach miejskich.</li><li>Miasto Gandawa "
                "przygotuje anglojęzyczne podsumowanie wniosków z Refugee Taskforce do "
                "publikacji online sieci.</li></ul>"
            ),
            "transferability": (
                "<p>Refugee Taskforce nie jest kosztowną strukturą, lecz sposobem współpracy. "
                "Inne miasta mogą zacząć od małych kroków: jeden koordynator, regularne "
                "spotkania najważniejszych służb i organizacji oraz trzy grupy robocze z jasnym "
                "zadaniem. Ważne, by swoje miejsce dostały także inicjatywy mieszkańców, tak aby "
                "dobra wola się nie zmarnowała.</p><p>Dzielnicowe grupy ćwiczeniowe są możliwe "
                "niemal wszędzie, także w miastach, których język jest mało używany poza "
                "granicami kraju, jak polski czy grecki. W Gandawie o sukcesie decyduje "
                "powiązanie z punktem kierującym na kursy językowe oraz szkolenie wolontariuszy. "
                "Bez tych dwóch elementów stoliki konwersacyjne zależą od przypadkowego "
                "zaangażowania.</p>"
            ),
            "authors": (
                "Zespół projektu Welcoming Cities, Gdańsk, wraz z Miastem Gandawa – Wydziałem "
                "ds. Opieki Społecznej i Spójności Społecznej"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "Mała grupa siedzi przy stole w jasnej sali biblioteki z dużymi oknami i "
                        "regałami z książkami."
                    ),
                    "caption": "Stolik konwersacyjny po niderlandzku w bibliotece De Krook",
                    "credit": "Miasto Gandawa",
                },
                {
                    "alt_text": (
                        "Uczestnicy w maseczkach idą ulicą z szeregowymi domami w dzielnicy "
                        "Brugse Poort."
                    ),
                    "caption": "Spacer z pracownikami dzielnicowymi po Brugse Poort",
                    "credit": "Zespół projektu Welcoming Cities",
                },
                {
                    "alt_text": (
                        "Ludzie siedzą w kręgu w domu sąsiedzkim; na ekranie widać uczestników "
                        "łączących się online."
                    ),
                    "caption": (
                        "Hybrydowe spotkanie z organizacjami, aktywistami i nowo przybyłymi"
                    ),
                    "credit": "Zespół projektu Welcoming Cities",
                },
            ],
        },
    },
    "practices": [
        {
            "start_date": "2015-08-01",
            "end_date": None,
            "status": "regular",
            "people_reached": 3000,
            "contact_email": "refugeetaskforce@gent.example.org",
            "thematic_areas": [
                "housing",
                "local-communities",
                "education",
                "employment",
                "social-assistance",
            ],
            "target_groups": ["refugees", "newcomers", "residents"],
            "image": {
                "motif": "meeting",
            },
            "nl": {
                "slug": "refugee-taskforce-integratie-vanaf-dag-een",
                "title": "Refugee Taskforce: integratie vanaf dag één",
                "summary": (
                    "Toen het aantal asielaanvragen in België in 2015 bijna verdubbelde, bracht "
                    "Gent stadsdiensten, het OCMW, middenveldorganisaties en vrijwilligers samen "
                    "in een Refugee Taskforce. Drie werkgroepen – opvang, integratie, en "
                    "vrijwilligers en sensibilisering – zorgden ervoor dat asielzoekers al "
                    "tijdens hun procedure toegang kregen tot taallessen, vrijwilligerswerk, "
                    "sport en vrije tijd, en dat erkende vluchtelingen sneller een woning, "
                    "school en werk vonden. Open communicatie met de buurt en een goed "
                    "ondersteunde vrijwilligerswerking hielden het draagvlak hoog. URBACT "
                    "erkende de aanpak als goede praktijk, en veel samenwerkingen zijn intussen "
                    "regulier beleid geworden."
                ),
                "implementing_organisation": (
                    "Stad Gent en OCMW Gent (sinds 2019 één lokaal bestuur)"
                ),
                "partners": (
                    "Opvangcentra en lokale opvanginitiatieven in Gent, Agentschap Integratie en "
                    "Inburgering, Huis van het Nederlands Gent, VDAB, scholen met onthaalklassen "
                    "voor anderstalige nieuwkomers (OKAN), sportclubs en jeugdwerk, "
                    "middenveldorganisaties, burgerinitiatieven en honderden individuele "
                    "vrijwilligers"
                ),
                "purpose": (
                    "<p>In 2015 verdubbelde het aantal asielaanvragen in België bijna. Er kwamen "
                    "nieuwe opvangcentra bij, ook in Gent, en een groot deel van de asielzoekers "
                    "zou later als vluchteling worden erkend. Opvang is in België een federale "
                    "bevoegdheid, maar de mensen wonen in de stad, en hun kinderen gaan er naar "
                    "school.</p><p>Gent koos ervoor niet te wachten tot de procedure voorbij "
                    "was. Wie vanaf de eerste dag de taal kan leren, vrienden maakt en zich "
                    "nuttig voelt, staat na de erkenning veel sterker. Tegelijk wilde de stad de "
                    "vele burgers die wilden helpen een plaats geven en de ongerustheid in "
                    "sommige buurten ernstig nemen.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Eén netwerk, drie werkgroepen</h3><ul><li><b>Opvang:</b> de "
                            "opvangcentra en lokale opvanginitiatieven in Gent wisselen "
                            "informatie en goede praktijken uit en stemmen af met de "
                            "stadsdiensten.</li><li><b>Integratie:</b> per levensdomein – wonen, "
                            "onderwijs, werk, gezondheid, taal en vrije tijd – zoeken de "
                            "partners samen oplossingen voor concrete "
                            "knelpunten.</li><li><b>Vrijwilligers en sensibilisering:</b> de "
                            "stad informeert buurtbewoners, brengt vrijwilligers en organisaties "
                            "samen en ondersteunt burgerinitiatieven.</li></ul><p>Een stuurgroep "
                            "met de betrokken diensten volgt het geheel op en legt knelpunten "
                            "snel voor aan het stadsbestuur.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Zodra een opvangcentrum opent, brengt de taskforce de bewoners "
                            "in contact met de buurt: het buurtcentrum, de bibliotheek, de "
                            "sportdienst, het jeugdwerk en de Nederlandse les. Asielzoekers "
                            "kunnen al tijdens de procedure Nederlands leren, vrijwilligerswerk "
                            "doen en lid worden van een sportclub.</p><p>Erkende vluchtelingen "
                            "moeten de opvang snel verlaten. Het OCMW, woonorganisaties en "
                            "vrijwilligers zoeken dan samen naar een woning en begeleiden de "
                            "eerste stappen naar werk en opleiding.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Voor een nieuw opvangcentrum opent, organiseert de stad een "
                            "infoavond voor de buurt, gevolgd door opendeurdagen en "
                            "rondleidingen. Eén aanspreekpunt verzamelt de aanbiedingen van "
                            "vrijwilligers en brengt hen in contact met organisaties die hulp "
                            "zoeken. Vrijwilligers zetten onder meer een weggeefwinkel op.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Ik zat nog in de procedure, maar ik mocht al Nederlands leren "
                                "en meespelen bij een voetbalclub in de buurt. Toen ik erkend "
                                "werd, kende ik de stad en had ik vrienden die me hielpen een "
                                "kamer te vinden."
                            ),
                            "attribution": (
                                "Hamid, kwam in 2015 als asielzoeker naar Gent en werkt nu als "
                                "logistiek medewerker in de haven"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Vijf voorwaarden volgens de taskforce",
                            "text": (
                                "<ul><li>Betrek vluchtelingen zelf waar het kan.</li><li>Durf te "
                                "experimenteren en maak wat werkt duurzaam.</li><li>Werk "
                                "expliciet, maar niet exclusief: wat vluchtelingen helpt, moet "
                                "ook andere kwetsbare Gentenaars ten goede komen.</li><li>Bundel "
                                "de krachten van diensten, middenveld en "
                                "burgers.</li><li>Communiceer open en transparant.</li></ul>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "Enkele cijfers",
                            "figures": [
                                {
                                    "value": "ca. 360",
                                    "label": (
                                        "opvangplaatsen voor asielzoekers in Gent (ongeveer 50 "
                                        "in 2014)"
                                    ),
                                    "year": 2016,
                                    "source": (
                                        "Stad Gent, presentatie van de Refugee Taskforce (2016)"
                                    ),
                                },
                                {
                                    "value": "3",
                                    "label": (
                                        "werkgroepen: opvang, integratie, vrijwilligers en "
                                        "sensibilisering"
                                    ),
                                    "year": 2015,
                                    "source": "Stad Gent",
                                },
                                {
                                    "value": "URBACT-label",
                                    "label": (
                                        "erkenning als goede praktijk voor andere Europese steden"
                                    ),
                                    "year": 2017,
                                    "source": "URBACT",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>De taskforce bracht in korte tijd tientallen organisaties en "
                            "honderden vrijwilligers samen. Veel samenwerkingen – vaste "
                            "aanspreekpunten voor de opvangcentra, taalaanbod tijdens de "
                            "procedure en de buurtaanpak – zijn intussen opgenomen in de gewone "
                            "werking van de stad en haar partners. De ervaringen werden "
                            "gebundeld in de publicatie „Anticipating the exodus”, een "
                            "praktische gids voor andere steden.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>De taskforce evalueerde haar werking elk jaar met de partners. Vooral de "
                    "snelle afstemming en de betrokkenheid van burgers werden als sterk ervaren. "
                    "Kritische punten waren de afhankelijkheid van tijdelijke middelen, de "
                    "vermoeidheid bij vrijwilligers na de eerste jaren en de beperkte invloed "
                    "van de stad op federale beslissingen, zoals het openen en sluiten van "
                    "opvangcentra. Voor mensen zonder wettig verblijf blijven de mogelijkheden "
                    "beperkt.</p>"
                ),
                "beneficiaries": (
                    "Verzoekers om internationale bescherming in de Gentse opvang, erkende "
                    "vluchtelingen die zich in Gent vestigen, en de buurtbewoners, vrijwilligers "
                    "en organisaties die hen ontmoeten."
                ),
                "funding": (
                    "<p>De coördinatie wordt gedragen door personeel van de stad en het OCMW, "
                    "binnen het gewone budget voor welzijn en samenleven. Partners brengen hun "
                    "eigen middelen en medewerkers in. Voor specifieke acties, zoals "
                    "woonbegeleiding of ondersteuning van vrijwilligers, gebruikte Gent "
                    "tijdelijke Vlaamse en Europese subsidies.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Zorg voor een duidelijk mandaat van het stadsbestuur en één "
                    "coördinator met tijd en middelen.</li><li>Breng alle betrokkenen rond de "
                    "tafel: stadsdiensten, sociale dienst, opvangcentra, middenveld, scholen en "
                    "burgerinitiatieven.</li><li>Werk met een klein aantal werkgroepen met een "
                    "duidelijke opdracht, bijvoorbeeld opvang, integratie en "
                    "vrijwilligers.</li><li>Verbind asielzoekers vanaf de eerste dag met taal, "
                    "vrijwilligerswerk, sport en het buurtleven, niet pas na hun "
                    "erkenning.</li><li>Informeer buurtbewoners voor een opvangcentrum opent en "
                    "geef hen een manier om zelf te helpen.</li><li>Richt één aanspreekpunt voor "
                    "vrijwilligers in en bied hen vorming en ondersteuning.</li><li>Evalueer elk "
                    "jaar en veranker wat werkt in de gewone dienstverlening.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Stad Gent",
                        "url": "https://stad.gent/",
                    },
                    {
                        "title": "URBACT",
                        "url": "https://urbact.eu/",
                    },
                ],
                "contact_name": "Pieter De Smet",
            },
            "en": {
                "slug": "refugee-taskforce-integration-from-day-one",
                "title": "Refugee Taskforce: integration from day one",
                "summary": (
                    "When the number of asylum applications in Belgium almost doubled in 2015, "
                    "Ghent brought city services, its public centre for social welfare, civil "
                    "society organisations and volunteers together in a Refugee Taskforce. Three "
                    "working groups – reception, integration, and volunteers and "
                    "awareness-raising – ensured that asylum seekers had access to language "
                    "classes, volunteering, sport and leisure during their procedure, and that "
                    "recognised refugees found housing, school places and work faster. Open "
                    "communication with the neighbourhoods and well-supported volunteering kept "
                    "public support high. URBACT recognised the approach as a good practice, and "
                    "many of its partnerships have since become regular policy."
                ),
                "implementing_organisation": (
                    "City of Ghent and the Ghent Public Centre for Social Welfare (one local "
                    "authority since 2019)"
                ),
                "partners": (
                    "Reception centres and local reception initiatives in Ghent, the Agency for "
                    "Integration and Civic Integration, the House of Dutch in Ghent, the Flemish "
                    "employment service VDAB, schools with reception classes for newly arrived "
                    "pupils who speak other languages (OKAN), sports clubs and youth work, civil "
                    "society organisations, citizens' initiatives and hundreds of individual "
                    "volunteers"
                ),
                "purpose": (
                    "<p>In 2015 the number of asylum applications in Belgium almost doubled. New "
                    "reception centres opened, including in Ghent, and many of the asylum "
                    "seekers would later be recognised as refugees. In Belgium reception is a "
                    "federal responsibility, but the people live in the city and their children "
                    "go to school there.</p><p>Ghent chose not to wait until the procedure was "
                    "over. People who can learn the language, make friends and feel useful from "
                    "the first day are much stronger once they are recognised. At the same time "
                    "the city wanted to give the many citizens who wanted to help a role and to "
                    "take concerns in some neighbourhoods seriously.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>One network, three working groups</h3><ul><li><b>Reception:</b> "
                            "the reception centres and local reception initiatives in Ghent "
                            "exchange information and good practices and coordinate with city "
                            "services.</li><li><b>Integration:</b> for each area of life – "
                            "housing, education, work, health, language and leisure – the "
                            "partners look together for solutions to concrete "
                            "problems.</li><li><b>Volunteers and awareness-raising:</b> the city "
                            "informs residents, brings volunteers and organisations together and "
                            "supports citizens' initiatives.</li></ul><p>A steering group of the "
                            "services involved monitors the whole and quickly refers bottlenecks "
                            "to the city government.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>As soon as a reception centre opens, the taskforce puts its "
                            "residents in touch with the neighbourhood: the community centre, "
                            "the library, the sports service, youth work and Dutch classes. "
                            "Asylum seekers can learn Dutch, volunteer and join a sports club "
                            "while their procedure is still running.</p><p>Recognised refugees "
                            "have to leave reception quickly. The public centre for social "
                            "welfare, housing organisations and volunteers then look for a home "
                            "together and support the first steps towards work and training.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Before a new reception centre opens, the city holds an "
                            "information evening for the neighbourhood, followed by open days "
                            "and guided tours. A single contact point collects volunteers' "
                            "offers and puts them in touch with organisations looking for help. "
                            "Among other things, volunteers set up a give-away shop.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "I was still in the procedure, but I was already allowed to "
                                "learn Dutch and play at a football club in the neighbourhood. "
                                "When I was recognised, I knew the city and had friends who "
                                "helped me find a room."
                            ),
                            "attribution": (
                                "Hamid, came to Ghent as an asylum seeker in 2015 and now works "
                                "in logistics at the port"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Five conditions according to the taskforce",
                            "text": (
                                "<ul><li>Involve refugees themselves wherever "
                                "possible.</li><li>Dare to experiment, and make what works "
                                "sustainable.</li><li>Be explicit but not exclusive: what helps "
                                "refugees should also benefit other vulnerable "
                                "residents.</li><li>Join the forces of services, civil society "
                                "and citizens.</li><li>Communicate openly and "
                                "transparently.</li></ul>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "Some figures",
                            "figures": [
                                {
                                    "value": "approx. 360",
                                    "label": (
                                        "reception places for asylum seekers in Ghent (about 50 "
                                        "in 2014)"
                                    ),
                                    "year": 2016,
                                    "source": (
                                        "City of Ghent, Refugee Taskforce presentation (2016)"
                                    ),
                                },
                                {
                                    "value": "3",
                                    "label": (
                                        "working groups: reception, integration, volunteers and "
                                        "awareness-raising"
                                    ),
                                    "year": 2015,
                                    "source": "City of Ghent",
                                },
                                {
                                    "value": "URBACT label",
                                    "label": (
                                        "recognition as a good practice for other European cities"
                                    ),
                                    "year": 2017,
                                    "source": "URBACT",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Within a short time the taskforce brought together dozens of "
                            "organisations and hundreds of volunteers. Many partnerships – "
                            "permanent contact persons for the reception centres, language "
                            "provision during the procedure and the neighbourhood approach – "
                            "have since become part of the regular work of the city and its "
                            "partners. The experience was collected in the publication "
                            "“Anticipating the exodus”, a practical guide for other cities.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>The taskforce evaluated its work every year with the partners. Quick "
                    "coordination and the involvement of citizens were seen as its main "
                    "strengths. Critical points were the dependence on temporary funding, "
                    "volunteer fatigue after the first years and the city's limited influence on "
                    "federal decisions such as opening and closing reception centres. For people "
                    "without legal residence the options remain limited.</p>"
                ),
                "beneficiaries": (
                    "Applicants for international protection in reception in Ghent, recognised "
                    "refugees settling in Ghent, and the residents, volunteers and organisations "
                    "who meet them."
                ),
                "funding": (
                    "<p>Coordination is carried by staff of the city and the public centre for "
                    "social welfare, within the regular budget for welfare and social cohesion. "
                    "Partners contribute their own resources and staff. For specific actions, "
                    "such as housing support or support for volunteers, Ghent used temporary "
                    "Flemish and European grants.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Secure a clear mandate from the city government and one coordinator "
                    "with time and resources.</li><li>Bring everyone involved to the table: city "
                    "services, the social welfare service, reception centres, civil society, "
                    "schools and citizens' initiatives.</li><li>Work with a small number of "
                    "working groups with a clear remit, for example reception, integration and "
                    "volunteers.</li><li>Connect asylum seekers with language, volunteering, "
                    "sport and neighbourhood life from the first day, not only after "
                    "recognition.</li><li>Inform residents before a reception centre opens and "
                    "give them a way to help.</li><li>Set up a single contact point for "
                    "volunteers and offer them training and support.</li><li>Evaluate every year "
                    "and anchor what works in regular services.</li></ol>"
                ),
                "links": [
                    {
                        "title": "City of Ghent",
                        "url": "https://stad.gent/",
                    },
                    {
                        "title": "URBACT",
                        "url": "https://urbact.eu/",
                    },
                ],
                "contact_name": "Pieter De Smet",
            },
            "pl": {
                "slug": "refugee-taskforce-integracja-od-pierwszego-dnia",
                "title": "Refugee Taskforce: integracja od pierwszego dnia",
                "summary": (
                    "Gdy w 2015 roku liczba wniosków o azyl w Belgii niemal się podwoiła, "
                    "Gandawa połączyła służby miejskie, publiczny ośrodek pomocy społecznej, "
                    "organizacje społeczne i wolontariuszy w Refugee Taskforce. Trzy grupy "
                    "robocze – przyjmowanie, integracja oraz wolontariat i budowanie świadomości "
                    "– sprawiły, że osoby ubiegające się o azyl już w trakcie procedury miały "
                    "dostęp do lekcji języka, wolontariatu, sportu i czasu wolnego, a uznani "
                    "uchodźcy szybciej znajdowali mieszkanie, szkołę i pracę. Otwarta "
                    "komunikacja z mieszkańcami i dobrze wspierany wolontariat utrzymały "
                    "poparcie społeczne. URBACT uznał to podejście za dobrą praktykę, a wiele "
                    "form współpracy stało się stałą polityką miasta."
                ),
                "implementing_organisation": (
                    "Miasto Gandawa i publiczny ośrodek pomocy społecznej OCMW Gent (od 2019 "
                    "roku jeden samorząd)"
                ),
                "partners": (
                    "Ośrodki recepcyjne i lokalne inicjatywy przyjmowania w Gandawie, Agencja "
                    "ds. Integracji i Integracji Obywatelskiej, Dom Języka Niderlandzkiego w "
                    "Gandawie, flamandzki urząd pracy VDAB, szkoły z klasami powitalnymi dla "
                    "nowo przybyłych uczniów mówiących innymi językami (OKAN), kluby sportowe i "
                    "organizacje młodzieżowe, organizacje społeczne, inicjatywy mieszkańców i "
                    "setki indywidualnych wolontariuszy"
                ),
                "purpose": (
                    "<p>W 2015 roku liczba wniosków o azyl w Belgii niemal się podwoiła. "
                    "Powstały nowe ośrodki recepcyjne, także w Gandawie, a wiele osób "
                    "ubiegających się o azyl miało później uzyskać status uchodźcy. W Belgii "
                    "przyjmowanie cudzoziemców należy do kompetencji federalnych, ale ludzie "
                    "mieszkają w mieście, a ich dzieci chodzą tu do szkoły.</p><p>Gandawa "
                    "postanowiła nie czekać na zakończenie procedury. Kto od pierwszego dnia "
                    "może uczyć się języka, zawierać przyjaźnie i czuć się potrzebny, po "
                    "uzyskaniu statusu jest w znacznie lepszym położeniu. Jednocześnie miasto "
                    "chciało dać miejsce wielu mieszkańcom, którzy chcieli pomagać, i poważnie "
                    "potraktować obawy w niektórych dzielnicach.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Jedna sieć, trzy grupy robocze</h3><ul><li><b>Przyjmowanie:</b> "
                            "ośrodki recepcyjne i lokalne inicjatywy przyjmowania w Gandawie "
                            "wymieniają się informacjami i dobrymi praktykami oraz uzgadniają "
                            "działania ze służbami miejskimi.</li><li><b>Integracja:</b> w "
                            "każdej dziedzinie życia – mieszkanie, edukacja, praca, zdrowie, "
                            "język i czas wolny – partnerzy wspólnie szukają rozwiązań "
                            "konkretnych problemów.</li><li><b>Wolontariat i budowanie "
                            "świadomości:</b> miasto informuje mieszkańców, łączy wolontariuszy "
                            "z organizacjami i wspiera inicjatywy "
                            "obywatelskie.</li></ul><p>Grupa sterująca złożona z zaangażowanych "
                            "służb czuwa nad całością i szybko przedstawia władzom miasta "
                            "problemy wymagające decyzji.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Gdy tylko otwiera się ośrodek recepcyjny, taskforce łączy jego "
                            "mieszkańców z otoczeniem: domem sąsiedzkim, biblioteką, miejskim "
                            "wydziałem sportu, organizacjami młodzieżowymi i lekcjami "
                            "niderlandzkiego. Osoby ubiegające się o azyl mogą już w trakcie "
                            "procedury uczyć się niderlandzkiego, działać jako wolontariusze i "
                            "zapisać się do klubu sportowego.</p><p>Uznani uchodźcy muszą szybko "
                            "opuścić ośrodek. Ośrodek pomocy społecznej, organizacje "
                            "mieszkaniowe i wolontariusze wspólnie szukają wtedy mieszkania i "
                            "wspierają pierwsze kroki w kierunku pracy i nauki.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Zanim otworzy się nowy ośrodek, miasto organizuje wieczór "
                            "informacyjny dla sąsiadów, a potem dni otwarte i oprowadzanie. "
                            "Jeden punkt kontaktowy zbiera oferty wolontariuszy i łączy ich z "
                            "organizacjami, które szukają pomocy. Wolontariusze założyli między "
                            "innymi sklep z rzeczami do oddania.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Byłem jeszcze w trakcie procedury, ale już mogłem uczyć się "
                                "niderlandzkiego i grać w klubie piłkarskim w sąsiedztwie. Kiedy "
                                "dostałem status, znałem miasto i miałem przyjaciół, którzy "
                                "pomogli mi znaleźć pokój."
                            ),
                            "attribution": (
                                "Hamid, przyjechał do Gandawy w 2015 roku jako osoba ubiegająca "
                                "się o azyl, dziś pracuje w logistyce w porcie"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Pięć warunków według taskforce",
                            "text": (
                                "<ul><li>Włączaj samych uchodźców wszędzie, gdzie to "
                                "możliwe.</li><li>Odważ się eksperymentować i utrwalaj to, co "
                                "działa.</li><li>Działaj wprost, ale nie wyłącznie dla jednej "
                                "grupy: to, co pomaga uchodźcom, powinno służyć też innym "
                                "mieszkańcom w trudnej sytuacji.</li><li>Łącz siły służb, "
                                "organizacji społecznych i mieszkańców.</li><li>Komunikuj "
                                "otwarcie i przejrzyście.</li></ul>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "Kilka liczb",
                            "figures": [
                                {
                                    "value": "ok. 360",
                                    "label": (
                                        "miejsc dla osób ubiegających się o azyl w Gandawie (ok. "
                                        "50 w 2014 roku)"
                                    ),
                                    "year": 2016,
                                    "source": (
                                        "Miasto Gandawa, prezentacja Refugee Taskforce (2016)"
                                    ),
                                },
                                {
                                    "value": "3",
                                    "label": (
                                        "grupy robocze: przyjmowanie, integracja, wolontariat i "
                                        "budowanie świadomości"
                                    ),
                                    "year": 2015,
                                    "source": "Miasto Gandawa",
                                },
                                {
                                    "value": "wyróżnienie URBACT",
                                    "label": (
                                        "uznanie za dobrą praktykę dla innych miast europejskich"
                                    ),
                                    "year": 2017,
                                    "source": "URBACT",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>W krótkim czasie taskforce zgromadził dziesiątki organizacji i "
                            "setki wolontariuszy. Wiele form współpracy – stałe osoby kontaktowe "
                            "dla ośrodków recepcyjnych, nauka języka w trakcie procedury i "
                            "podejście dzielnicowe – weszło już do codziennej pracy miasta i "
                            "jego partnerów. Doświadczenia zebrano w publikacji „Anticipating "
                            "the exodus”, praktycznym przewodniku dla innych miast.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Taskforce co roku oceniał swoją pracę razem z partnerami. Za największe "
                    "atuty uznano szybkie uzgadnianie działań i zaangażowanie mieszkańców. "
                    "Słabymi punktami były zależność od czasowego finansowania, zmęczenie "
                    "wolontariuszy po pierwszych latach i ograniczony wpływ miasta na decyzje "
                    "federalne, na przykład o otwieraniu i zamykaniu ośrodków. Dla osób bez "
                    "legalnego pobytu możliwości pozostają ograniczone.</p>"
                ),
                "beneficiaries": (
                    "Osoby ubiegające się o ochronę międzynarodową przebywające w ośrodkach w "
                    "Gandawie, uznani uchodźcy osiedlający się w mieście oraz mieszkańcy, "
                    "wolontariusze i organizacje, którzy się z nimi spotykają."
                ),
                "funding": (
                    "<p>Koordynację prowadzą pracownicy miasta i ośrodka pomocy społecznej w "
                    "ramach zwykłego budżetu na opiekę społeczną i spójność społeczną. Partnerzy "
                    "wnoszą własne środki i pracowników. Na konkretne działania, takie jak "
                    "wsparcie mieszkaniowe czy pomoc dla wolontariuszy, Gandawa korzystała z "
                    "czasowych dotacji flamandzkich i europejskich.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Zapewnić jasny mandat władz miasta i jednego koordynatora z czasem "
                    "i środkami na pracę.</li><li>Zaprosić do jednego stołu wszystkich "
                    "zainteresowanych: służby miejskie, pomoc społeczną, ośrodki recepcyjne, "
                    "organizacje społeczne, szkoły i inicjatywy mieszkańców.</li><li>Pracować w "
                    "kilku grupach roboczych z jasnym zadaniem, na przykład przyjmowanie, "
                    "integracja i wolontariat.</li><li>Od pierwszego dnia, a nie dopiero po "
                    "uzyskaniu statusu, łączyć osoby ubiegające się o azyl z nauką języka, "
                    "wolontariatem, sportem i życiem dzielnicy.</li><li>Informować sąsiadów "
                    "przed otwarciem ośrodka i dać im możliwość pomocy.</li><li>Utworzyć jeden "
                    "punkt kontaktowy dla wolontariuszy i zapewnić im szkolenia i "
                    "wsparcie.</li><li>Co roku oceniać działania i wprowadzać to, co działa, do "
                    "stałych usług.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Miasto Gandawa (po niderlandzku)",
                        "url": "https://stad.gent/",
                    },
                    {
                        "title": "URBACT",
                        "url": "https://urbact.eu/",
                    },
                ],
                "contact_name": "Pieter De Smet",
            },
        },
        {
            "start_date": "2016-09-01",
            "end_date": None,
            "status": "regular",
            "people_reached": 2500,
            "contact_email": "nederlandsoefenen@gent.example.org",
            "thematic_areas": ["communication", "education", "local-communities", "culture"],
            "target_groups": ["newcomers", "women", "families", "residents"],
            "image": {
                "motif": "library",
            },
            "nl": {
                "slug": "nederlands-oefenen-in-de-buurt",
                "title": "Nederlands oefenen in de buurt",
                "summary": (
                    "Wie Nederlands leert, heeft vooral kansen nodig om de taal buiten de klas "
                    "te spreken. In Gent organiseren buurtcentra, de bibliotheek, lokale "
                    "dienstencentra en scholen daarom samen met vrijwilligers laagdrempelige "
                    "oefengroepen: praattafels, taalwandelingen door de wijk, kook- en "
                    "praatgroepen en oudergroepen aan de schoolpoort. Het Huis van het "
                    "Nederlands wijst cursisten de weg, het Agentschap Integratie en Inburgering "
                    "vormt de vrijwilligers en de stad stemt het aanbod per wijk af. Deelnemers "
                    "oefenen alledaagse situaties en leren tegelijk hun buren en de "
                    "voorzieningen in de buurt kennen."
                ),
                "implementing_organisation": (
                    "Stad Gent – Dienst Welzijn en Samenleven, samen met buurtcentra en de "
                    "Bibliotheek Gent"
                ),
                "partners": (
                    "Huis van het Nederlands Gent, Agentschap Integratie en Inburgering, centra "
                    "voor volwassenenonderwijs, Bibliotheek Gent (De Krook en de wijkfilialen), "
                    "lokale dienstencentra, basisscholen, buurtwerk en vrijwilligersorganisaties"
                ),
                "purpose": (
                    "<p>Veel nieuwkomers volgen Nederlandse les, maar spreken de taal buiten de "
                    "klas nauwelijks. Op het werk, in de winkel of aan de schoolpoort schakelen "
                    "Gentenaars snel over op het Engels, of er is gewoon geen gelegenheid. "
                    "Zonder oefening zakt wat in de les geleerd is weer weg.</p><p>De "
                    "oefengroepen willen dicht bij huis, zonder inschrijvingsgeld en zonder "
                    "examen, veilige plekken bieden om te spreken en fouten te maken. Tegelijk "
                    "brengen ze nieuwe en oude buurtbewoners met elkaar in contact.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Vormen van oefenen</h3><ul><li><b>Praattafels</b> in "
                            "buurtcentra en bibliotheken, elke week, in groepjes van zes tot "
                            "tien deelnemers met een "
                            "vrijwilliger.</li><li><b>Taalwandelingen</b> naar de markt, het "
                            "wijkgezondheidscentrum of het stadhuis, waar deelnemers in echte "
                            "situaties oefenen.</li><li><b>Kook- en praatgroepen</b> in "
                            "buurtcentra, waar samen koken de aanleiding is om te "
                            "praten.</li><li><b>Oudergroepen</b> op school, waar ouders oefenen "
                            "en tegelijk de school van hun kinderen leren "
                            "kennen.</li><li><b>Taalbuddy's</b> die één op één afspreken met wie "
                            "(nog) niet in een groep durft te spreken.</li></ul>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>In elke wijk houdt een medewerker van de stad het overzicht: "
                            "welke groepen er zijn, waar nog plaats is en waar vrijwilligers "
                            "nodig zijn. Het Huis van het Nederlands verwijst cursisten naar een "
                            "groep op hun niveau en in hun buurt. Nieuwe vrijwilligers volgen "
                            "een korte vorming van het Agentschap Integratie en Inburgering over "
                            "duidelijke taal, omgaan met niveauverschillen en hun eigen rol.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "In de les durfde ik niets te zeggen. Aan de praattafel in de "
                                "bib lachen we samen om mijn fouten, en nu spreek ik de juf van "
                                "mijn zoon gewoon in het Nederlands aan."
                            ),
                            "attribution": (
                                "Mariam, moeder van drie kinderen, kwam in 2018 uit Afghanistan "
                                "naar Gent"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Tips van de vrijwilligers",
                            "text": (
                                "<ul><li>Spreek langzaam, maar niet kinderachtig.</li><li>Laat "
                                "de deelnemers meer praten dan de vrijwilliger.</li><li>Kies "
                                "onderwerpen uit het dagelijks leven: de dokter, de school, de "
                                "buren.</li></ul>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "In cijfers (illustratieve, afgeronde waarden)",
                            "figures": [
                                {
                                    "value": "ca. 1.300",
                                    "label": (
                                        "deelnemers aan oefengroepen in het jaar voor de "
                                        "coronacrisis"
                                    ),
                                    "year": 2019,
                                    "source": "Illustratieve waarden, afgerond",
                                },
                                {
                                    "value": "ca. 40",
                                    "label": "oefengroepen verspreid over de wijken",
                                    "year": 2019,
                                    "source": "Illustratieve waarden, afgerond",
                                },
                                {
                                    "value": "ca. 150",
                                    "label": "actieve vrijwilligers",
                                    "year": 2019,
                                    "source": "Illustratieve waarden, afgerond",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Deelnemers zeggen dat ze meer durven te spreken en beter weten "
                            "waar ze in hun buurt terechtkunnen. Scholen merken dat ouders uit "
                            "de oudergroepen vaker naar het oudercontact komen. Tijdens de "
                            "coronacrisis gingen veel groepen over op wandelingen in kleine "
                            "groepjes of videogesprekken; dat hield het contact levend, maar "
                            "bereikte minder mensen zonder computer of goede "
                            "internetverbinding.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>De stad bevraagt deelnemers en vrijwilligers elk jaar en bespreekt de "
                    "resultaten met de partners per wijk. De groepen bereiken veel vrouwen en "
                    "ouders, maar minder jonge mannen die overdag werken; daarom kwamen er "
                    "avond- en weekendgroepen bij. Een knelpunt is het verloop bij "
                    "vrijwilligers: wie stopt, laat een groep achter die opnieuw moet worden "
                    "opgebouwd.</p>"
                ),
                "beneficiaries": (
                    "Anderstalige Gentenaars die Nederlands leren of geleerd hebben, met "
                    "bijzondere aandacht voor ouders, vrouwen en mensen met weinig contact met "
                    "Nederlandstaligen; ook de vrijwilligers en buurtbewoners die meedoen."
                ),
                "funding": (
                    "<p>De coördinatie per wijk wordt betaald uit het stedelijke budget voor "
                    "integratie en samenleven. Bibliotheek, buurtcentra en scholen stellen "
                    "ruimte ter beschikking, de vorming van vrijwilligers is gratis via het "
                    "Agentschap Integratie en Inburgering, en het meeste werk gebeurt door "
                    "vrijwilligers. Kleine budgetten dekken koffie, materiaal en uitstappen.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Breng per wijk in kaart waar mensen nu al een taal oefenen en waar "
                    "de gaten zitten.</li><li>Zoek plekken dicht bij de mensen: bibliotheek, "
                    "buurtcentrum, school, dienstencentrum.</li><li>Werf vrijwilligers en geef "
                    "hun een korte vorming over duidelijke taal en hun rol.</li><li>Spreek met "
                    "de taalscholen en het intakepunt af hoe cursisten naar een groep worden "
                    "doorverwezen.</li><li>Start met enkele vaste, wekelijkse groepen en voeg "
                    "pas daarna wandelingen, kookgroepen en oudergroepen toe.</li><li>Voorzie "
                    "per wijk één contactpersoon die groepen en vrijwilligers "
                    "opvolgt.</li><li>Vraag deelnemers elk jaar wat werkt en pas tijden en "
                    "vormen aan.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Stad Gent",
                        "url": "https://stad.gent/",
                    },
                    {
                        "title": "Agentschap Integratie en Inburgering",
                        "url": "https://www.integratie-inburgering.be/",
                    },
                ],
                "contact_name": "Sofie Claeys",
            },
            "en": {
                "slug": "practising-dutch-in-the-neighbourhood",
                "title": "Practising Dutch in the neighbourhood",
                "summary": (
                    "People learning Dutch above all need chances to speak it outside the "
                    "classroom. In Ghent, community centres, the library, local service centres "
                    "for older residents and schools therefore run low-threshold practice groups "
                    "together with volunteers: conversation tables, language walks through the "
                    "neighbourhood, cook-and-talk groups and parents' groups at the school gate. "
                    "The House of Dutch points learners the way, the Agency for Integration and "
                    "Civic Integration trains the volunteers, and the city coordinates what is "
                    "on offer in each neighbourhood. Participants practise everyday situations "
                    "and get to know their neighbours and local services at the same time."
                ),
                "implementing_organisation": (
                    "City of Ghent – Welfare and Social Cohesion Service, together with "
                    "community centres and Ghent Library"
                ),
                "partners": (
                    "House of Dutch in Ghent, Agency for Integration and Civic Integration, "
                    "adult education centres, Ghent Library (De Krook and the neighbourhood "
                    "branches), local service centres, primary schools, neighbourhood work and "
                    "volunteer organisations"
                ),
                "purpose": (
                    "<p>Many newcomers take Dutch classes but hardly speak the language outside "
                    "the classroom. At work, in shops or at the school gate, Ghent residents "
                    "quickly switch to English, or there is simply no opportunity. Without "
                    "practice, what was learnt in class fades again.</p><p>The practice groups "
                    "aim to offer safe places close to home, without fees or exams, to speak and "
                    "make mistakes. At the same time they bring new and long-standing residents "
                    "of a neighbourhood together.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Ways of practising</h3><ul><li><b>Conversation tables</b> in "
                            "community centres and libraries, every week, in groups of six to "
                            "ten participants with a volunteer.</li><li><b>Language walks</b> to "
                            "the market, the community health centre or the city hall, where "
                            "participants practise in real situations.</li><li><b>Cook-and-talk "
                            "groups</b> in community centres, where cooking together is the "
                            "reason to talk.</li><li><b>Parents' groups</b> at school, where "
                            "parents practise and get to know their children's school at the "
                            "same time.</li><li><b>Language buddies</b> who meet one to one with "
                            "people who do not (yet) dare to speak in a group.</li></ul>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>In each neighbourhood a member of city staff keeps track of "
                            "which groups exist, where there is still room and where volunteers "
                            "are needed. The House of Dutch refers learners to a group at their "
                            "level and in their area. New volunteers attend a short training "
                            "course by the Agency for Integration and Civic Integration on clear "
                            "language, dealing with different levels and their own role.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "In class I didn't dare to say anything. At the conversation "
                                "table in the library we laugh about my mistakes together, and "
                                "now I simply speak to my son's teacher in Dutch."
                            ),
                            "attribution": (
                                "Mariam, mother of three, came to Ghent from Afghanistan in 2018"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Tips from the volunteers",
                            "text": (
                                "<ul><li>Speak slowly, but not as if to a child.</li><li>Let "
                                "participants talk more than the volunteer.</li><li>Choose "
                                "everyday topics: the doctor, the school, the "
                                "neighbours.</li></ul>"
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
                                    "value": "approx. 1,300",
                                    "label": (
                                        "participants in practice groups in the year before the "
                                        "pandemic"
                                    ),
                                    "year": 2019,
                                    "source": "Illustrative values, rounded",
                                },
                                {
                                    "value": "approx. 40",
                                    "label": "practice groups across the neighbourhoods",
                                    "year": 2019,
                                    "source": "Illustrative values, rounded",
                                },
                                {
                                    "value": "approx. 150",
                                    "label": "active volunteers",
                                    "year": 2019,
                                    "source": "Illustrative values, rounded",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Participants say they are more confident about speaking and know "
                            "better where to go in their neighbourhood. Schools notice that "
                            "parents from the parents' groups come to parent-teacher meetings "
                            "more often. During the pandemic many groups switched to walks in "
                            "small groups or video calls; this kept contact alive but reached "
                            "fewer people without a computer or a good internet connection.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Every year the city surveys participants and volunteers and discusses "
                    "the results with the partners in each neighbourhood. The groups reach many "
                    "women and parents but fewer young men who work during the day, so evening "
                    "and weekend groups were added. Volunteer turnover is a weak point: when "
                    "someone stops, a group has to be rebuilt.</p>"
                ),
                "beneficiaries": (
                    "Ghent residents who speak other languages and are learning or have learnt "
                    "Dutch, with particular attention to parents, women and people with little "
                    "contact with Dutch speakers; also the volunteers and residents who take "
                    "part."
                ),
                "funding": (
                    "<p>Coordination in each neighbourhood is paid from the city's budget for "
                    "integration and social cohesion. The library, community centres and schools "
                    "provide rooms, volunteer training is free through the Agency for "
                    "Integration and Civic Integration, and most of the work is done by "
                    "volunteers. Small budgets cover coffee, materials and outings.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Map, neighbourhood by neighbourhood, where people already practise "
                    "a language and where the gaps are.</li><li>Find places close to people: the "
                    "library, a community centre, a school, a service centre.</li><li>Recruit "
                    "volunteers and give them short training on clear language and their "
                    "role.</li><li>Agree with language schools and the intake point how learners "
                    "are referred to a group.</li><li>Start with a few regular weekly groups and "
                    "only then add walks, cooking groups and parents' groups.</li><li>Appoint "
                    "one contact person per neighbourhood to follow up groups and "
                    "volunteers.</li><li>Ask participants every year what works and adapt times "
                    "and formats.</li></ol>"
                ),
                "links": [
                    {
                        "title": "City of Ghent",
                        "url": "https://stad.gent/",
                    },
                    {
                        "title": "Agency for Integration and Civic Integration (in Dutch)",
                        "url": "https://www.integratie-inburgering.be/",
                    },
                ],
                "contact_name": "Sofie Claeys",
            },
            "pl": {
                "slug": "cwiczenie-niderlandzkiego-w-sasiedztwie",
                "title": "Ćwiczenie niderlandzkiego w sąsiedztwie",
                "summary": (
                    "Osoby uczące się niderlandzkiego potrzebują przede wszystkim okazji, by "
                    "mówić w tym języku poza klasą. Dlatego w Gandawie domy sąsiedzkie, "
                    "biblioteka, lokalne centra usług dla seniorów i szkoły razem z "
                    "wolontariuszami prowadzą łatwo dostępne grupy ćwiczeniowe: stoliki "
                    "konwersacyjne, spacery językowe po dzielnicy, grupy gotowania i rozmowy "
                    "oraz grupy dla rodziców przy szkole. Dom Języka Niderlandzkiego wskazuje "
                    "uczącym się drogę, Agencja ds. Integracji i Integracji Obywatelskiej szkoli "
                    "wolontariuszy, a miasto koordynuje ofertę w każdej dzielnicy. Uczestnicy "
                    "ćwiczą codzienne sytuacje i przy okazji poznają sąsiadów oraz usługi w "
                    "okolicy."
                ),
                "implementing_organisation": (
                    "Miasto Gandawa – Wydział ds. Opieki Społecznej i Spójności Społecznej wraz "
                    "z domami sąsiedzkimi i Biblioteką Gandawy"
                ),
                "partners": (
                    "Dom Języka Niderlandzkiego w Gandawie, Agencja ds. Integracji i Integracji "
                    "Obywatelskiej, centra kształcenia dorosłych, Biblioteka Gandawy (De Krook i "
                    "filie dzielnicowe), lokalne centra usług, szkoły podstawowe, praca "
                    "dzielnicowa i organizacje wolontariackie"
                ),
                "purpose": (
                    "<p>Wielu nowo przybyłych chodzi na lekcje niderlandzkiego, ale poza klasą "
                    "prawie nie używa tego języka. W pracy, w sklepie czy pod szkołą mieszkańcy "
                    "Gandawy szybko przechodzą na angielski albo po prostu brakuje okazji. Bez "
                    "ćwiczenia to, czego nauczono się na lekcji, szybko się zaciera.</p><p>Grupy "
                    "ćwiczeniowe mają być bezpiecznymi miejscami blisko domu, bez opłat i "
                    "egzaminów, w których można mówić i popełniać błędy. Jednocześnie łączą "
                    "nowych i dawnych mieszkańców dzielnicy.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Formy ćwiczenia</h3><ul><li><b>Stoliki konwersacyjne</b> w "
                            "domach sąsiedzkich i bibliotekach, co tydzień, w grupach od sześciu "
                            "do dziesięciu uczestników z wolontariuszem.</li><li><b>Spacery "
                            "językowe</b> na targ, do dzielnicowego centrum zdrowia lub do "
                            "ratusza, gdzie uczestnicy ćwiczą w prawdziwych "
                            "sytuacjach.</li><li><b>Grupy gotowania i rozmowy</b> w domach "
                            "sąsiedzkich, w których wspólne gotowanie jest pretekstem do "
                            "rozmowy.</li><li><b>Grupy dla rodziców</b> w szkole, w których "
                            "rodzice ćwiczą język i jednocześnie poznają szkołę swoich "
                            "dzieci.</li><li><b>Językowi „buddies”</b>, którzy spotykają się "
                            "indywidualnie z osobami, które (jeszcze) nie odważą się mówić w "
                            "grupie.</li></ul>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>W każdej dzielnicy pracownik miasta ma pełny obraz sytuacji: "
                            "jakie grupy działają, gdzie są wolne miejsca i gdzie potrzeba "
                            "wolontariuszy. Dom Języka Niderlandzkiego kieruje uczących się do "
                            "grupy na ich poziomie i w ich okolicy. Nowi wolontariusze "
                            "przechodzą krótkie szkolenie Agencji ds. Integracji i Integracji "
                            "Obywatelskiej o prostym języku, pracy z osobami na różnym poziomie "
                            "i własnej roli.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Na lekcji bałam się cokolwiek powiedzieć. Przy stoliku w "
                                "bibliotece razem śmiejemy się z moich błędów, a teraz po prostu "
                                "rozmawiam po niderlandzku z nauczycielką mojego syna."
                            ),
                            "attribution": (
                                "Mariam, matka trojga dzieci, przyjechała do Gandawy z "
                                "Afganistanu w 2018 roku"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Rady wolontariuszy",
                            "text": (
                                "<ul><li>Mów powoli, ale nie jak do dziecka.</li><li>Pozwól "
                                "uczestnikom mówić więcej niż wolontariusz.</li><li>Wybieraj "
                                "tematy z codziennego życia: lekarz, szkoła, sąsiedzi.</li></ul>"
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
                                    "value": "ok. 1300",
                                    "label": (
                                        "uczestników grup ćwiczeniowych w roku przed pandemią"
                                    ),
                                    "year": 2019,
                                    "source": "Wartości ilustracyjne, zaokrąglone",
                                },
                                {
                                    "value": "ok. 40",
                                    "label": "grup ćwiczeniowych w różnych dzielnicach",
                                    "year": 2019,
                                    "source": "Wartości ilustracyjne, zaokrąglone",
                                },
                                {
                                    "value": "ok. 150",
                                    "label": "aktywnych wolontariuszy",
                                    "year": 2019,
                                    "source": "Wartości ilustracyjne, zaokrąglone",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Uczestnicy mówią, że śmielej rozmawiają i lepiej wiedzą, dokąd "
                            "mogą się zwrócić w swojej dzielnicy. Szkoły zauważają, że rodzice z "
                            "grup dla rodziców częściej przychodzą na zebrania. W czasie "
                            "pandemii wiele grup przeszło na spacery w małych grupkach lub "
                            "rozmowy wideo; pozwoliło to utrzymać kontakt, ale docierało do "
                            "mniejszej liczby osób bez komputera lub dobrego internetu.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Miasto co roku ankietuje uczestników i wolontariuszy i omawia wyniki z "
                    "partnerami w każdej dzielnicy. Grupy docierają do wielu kobiet i rodziców, "
                    "ale w mniejszym stopniu do młodych mężczyzn pracujących w ciągu dnia, "
                    "dlatego dodano grupy wieczorne i weekendowe. Słabym punktem jest rotacja "
                    "wolontariuszy: gdy ktoś rezygnuje, grupę trzeba budować od nowa.</p>"
                ),
                "beneficiaries": (
                    "Obcojęzyczni mieszkańcy Gandawy, którzy uczą się lub nauczyli się "
                    "niderlandzkiego, ze szczególnym uwzględnieniem rodziców, kobiet i osób "
                    "mających mało kontaktu z osobami mówiącymi po niderlandzku; także "
                    "wolontariusze i mieszkańcy, którzy biorą udział."
                ),
                "funding": (
                    "<p>Koordynacja w dzielnicach jest opłacana z miejskiego budżetu na "
                    "integrację i spójność społeczną. Biblioteka, domy sąsiedzkie i szkoły "
                    "udostępniają sale, szkolenie wolontariuszy jest bezpłatne dzięki Agencji "
                    "ds. Integracji i Integracji Obywatelskiej, a większość pracy wykonują "
                    "wolontariusze. Niewielkie budżety pokrywają kawę, materiały i wycieczki.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Sprawdzić w każdej dzielnicy, gdzie ludzie już ćwiczą język i gdzie "
                    "są luki.</li><li>Znaleźć miejsca blisko ludzi: bibliotekę, dom sąsiedzki, "
                    "szkołę, centrum usług.</li><li>Pozyskać wolontariuszy i przeprowadzić dla "
                    "nich krótkie szkolenie o prostym języku i ich roli.</li><li>Uzgodnić ze "
                    "szkołami językowymi i punktem rekrutacji, jak kierować uczących się do "
                    "grup.</li><li>Zacząć od kilku stałych cotygodniowych grup, a dopiero potem "
                    "dodać spacery, grupy kulinarne i grupy dla rodziców.</li><li>Wyznaczyć w "
                    "każdej dzielnicy jedną osobę kontaktową, która opiekuje się grupami i "
                    "wolontariuszami.</li><li>Co roku pytać uczestników, co działa, i "
                    "dostosowywać godziny oraz formy spotkań.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Miasto Gandawa (po niderlandzku)",
                        "url": "https://stad.gent/",
                    },
                    {
                        "title": (
                            "Agencja ds. Integracji i Integracji Obywatelskiej (po niderlandzku)"
                        ),
                        "url": "https://www.integratie-inburgering.be/",
                    },
                ],
                "contact_name": "Sofie Claeys",
            },
        },
    ],
}
