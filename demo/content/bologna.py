"""Bologna: the city profile, the study-visit report and two practices, written in Italian
and translated into English and Polish."""

CITY = {
    "key": "bologna",
    "language": "it",
    "translations": ["en", "pl"],
    "sample": True,
    "country": "IT",
    "latitude": "44.494887",
    "longitude": "11.342616",
    "colour": "#b5502d",
    "organisations": [
        {
            "key": "bologna-welfare",
            "website": "https://www.comune.bologna.it/",
            "it": {
                "name": "Comune di Bologna – Area Welfare e Promozione del benessere di comunità",
                "description": (
                    "Il settore del Comune che coordina i servizi sociali, le politiche per "
                    "l'accoglienza e l'integrazione delle persone di origine straniera e il "
                    "lavoro di comunità nei sei quartieri della città, in collaborazione con ASP "
                    "Città di Bologna e con il terzo settore."
                ),
            },
            "en": {
                "name": "City of Bologna – Department of Welfare and Community Wellbeing",
                "description": (
                    "The city department that coordinates social services, the policies for the "
                    "reception and integration of people of foreign origin and community work in "
                    "the city's six districts, together with ASP Città di Bologna and the "
                    "voluntary and cooperative sector."
                ),
            },
            "pl": {
                "name": "Miasto Bolonia – Wydział Pomocy Społecznej i Dobrostanu Wspólnoty",
                "description": (
                    "Wydział miasta, który koordynuje usługi społeczne, politykę przyjmowania i "
                    "integracji osób pochodzenia zagranicznego oraz pracę ze społecznościami w "
                    "sześciu dzielnicach Bolonii, we współpracy z ASP Città di Bologna oraz z "
                    "organizacjami pozarządowymi i spółdzielniami socjalnymi."
                ),
            },
        },
        {
            "key": "bologna-portici",
            "website": "https://portici-aperti.example.org/",
            "it": {
                "name": "Portici Aperti – cooperativa sociale",
                "description": (
                    "Cooperativa sociale bolognese che gestisce appartamenti di accoglienza per "
                    "richiedenti asilo e rifugiati, accompagna le persone verso il lavoro e una "
                    "casa propria e anima attività interculturali nei quartieri Navile e San "
                    "Donato-San Vitale."
                ),
            },
            "en": {
                "name": "Portici Aperti social cooperative",
                "description": (
                    "A Bologna social cooperative that runs reception apartments for asylum "
                    "seekers and refugees, supports people on their way to work and a home of "
                    "their own, and organises intercultural activities in the Navile and San "
                    "Donato-San Vitale districts."
                ),
            },
            "pl": {
                "name": "Portici Aperti – spółdzielnia socjalna",
                "description": (
                    "Bolońska spółdzielnia socjalna, która prowadzi mieszkania dla osób "
                    "ubiegających się o ochronę międzynarodową i uchodźców, wspiera je w drodze "
                    "do pracy i własnego mieszkania oraz organizuje działania międzykulturowe w "
                    "dzielnicach Navile i San Donato-San Vitale."
                ),
            },
        },
    ],
    "profile": {
        "contact_email": "integrazione@bologna.example.org",
        "contact_phone": "+39 051 000 0000",
        "website": "https://www.comune.bologna.it/",
        "last_revised": "2021-12-15",
        "organisations": ["bologna-welfare", "bologna-portici"],
        "networks": ["eurocities", "eccar"],
        "policy_categories": ["reception", "participation", "civil-society", "social-rights"],
        "image": {
            "motif": "old-town",
        },
        "it": {
            "slug": "bologna",
            "title": "Bologna",
            "tagline": "Accoglienza diffusa e cittadinanza attiva sotto i portici",
            "summary": (
                "Bologna, capoluogo dell'Emilia-Romagna, è una città universitaria di circa "
                "390.000 abitanti, dove circa un residente su sette ha una cittadinanza "
                "straniera. Il Comune ha scelto da tempo un modello di accoglienza diffusa: "
                "piccoli appartamenti distribuiti nei quartieri invece di grandi centri, gestiti "
                "insieme alle cooperative sociali e accompagnati da progetti personali verso "
                "l'autonomia. Accanto all'accoglienza, la città punta sulla partecipazione: i "
                "patti di collaborazione permettono a residenti vecchi e nuovi di prendersi cura "
                "insieme di spazi e beni comuni. Il profilo presenta le scelte politiche, gli "
                "attori principali e i fattori che rendono possibile questo approccio."
            ),
            "key_findings": (
                "<ol><li>L'accoglienza in piccoli appartamenti, distribuiti in tutti i "
                "quartieri, riduce i conflitti con il vicinato e rende più rapido il passaggio "
                "all'autonomia.</li><li>Un unico ente pubblico, ASP Città di Bologna, coordina "
                "la rete delle cooperative, garantendo standard comuni e un punto di riferimento "
                "chiaro.</li><li>Il regolamento sui beni comuni offre a chiunque abiti la città, "
                "anche senza cittadinanza italiana, uno strumento formale per proporre e "
                "realizzare attività nel proprio quartiere.</li></ol>"
            ),
            "distinctive": (
                "<p>Bologna ha una lunga tradizione di welfare municipale e di collaborazione "
                "con il terzo settore: cooperative sociali, associazioni e parrocchie gestiscono "
                "insieme al Comune una parte importante dei servizi. L'Università, una delle più "
                "antiche d'Europa, porta in città ogni anno decine di migliaia di studenti, "
                "anche dall'estero, e contribuisce a un clima aperto e abituato alla "
                "diversità.</p><p>La città ha scelto di non concentrare i richiedenti asilo in "
                "grandi strutture: anche negli anni degli arrivi più numerosi ha cercato di "
                "distribuire l'accoglienza in appartamenti e piccole comunità in tutta l'area "
                "metropolitana.</p>"
            ),
            "policy_focus": (
                "<p>Le politiche comunali si concentrano su tre ambiti: un'accoglienza che "
                "accompagni ogni persona verso la casa e il lavoro; l'accesso ai servizi "
                "universali, come anagrafe, scuola, salute e servizi sociali, senza percorsi "
                "separati; la partecipazione alla vita dei quartieri.</p><p>Il Comune fa parte "
                "della rete nazionale di accoglienza, oggi chiamata SAI (Sistema di accoglienza "
                "e integrazione) e finanziata dal Ministero dell'Interno, e la integra con "
                "risorse proprie, regionali ed europee. Il Centro interculturale Massimo "
                "Zonarelli offre spazi e sostegno alle associazioni di persone migranti.</p>"
            ),
            "key_factors": (
                "<p><b>Un'alleanza stabile con il terzo settore.</b> Cooperative e associazioni "
                "non sono semplici fornitori: progettano i servizi insieme al Comune attraverso "
                "tavoli permanenti.</p><p><b>Un ente gestore pubblico.</b> ASP Città di Bologna, "
                "l'azienda pubblica dei servizi alla persona, coordina l'accoglienza, i "
                "contratti con gli enti gestori e il monitoraggio dei progetti "
                "individuali.</p><p><b>I quartieri come luogo di lavoro comune.</b> I sei "
                "quartieri e i loro laboratori avvicinano l'amministrazione a chi vi abita e "
                "permettono di riconoscere bisogni e risorse dei nuovi residenti.</p>"
            ),
            "responsible_office": "Area Welfare e Promozione del benessere di comunità",
            "address": "Piazza Liber Paradisus 6, 40129 Bologna",
            "contact_name": "Chiara Morandi",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "390.000",
                    "label": "abitanti (circa)",
                    "year": 2021,
                    "source": "ISTAT",
                },
                {
                    "measure": "foreign_citizens",
                    "value": "15%",
                    "label": "residenti con cittadinanza straniera (circa)",
                    "year": 2021,
                    "source": "Comune di Bologna",
                },
                {
                    "measure": "wider_population",
                    "value": "1 milione",
                    "label": "abitanti della Città metropolitana (circa)",
                    "year": 2021,
                    "source": "ISTAT",
                },
                {
                    "value": "6",
                    "label": "quartieri della città",
                    "year": 2021,
                    "source": "Comune di Bologna",
                },
            ],
            "statistics": [
                {
                    "title": "Le comunità straniere più numerose",
                    "description": (
                        "Valori illustrativi e arrotondati, riportati a titolo di esempio per "
                        "mostrare l'ordine di grandezza delle comunità più numerose in città; "
                        "non sono dati ufficiali."
                    ),
                    "value_label": "Residenti (valori illustrativi)",
                    "source": "Valori illustrativi",
                    "data": [
                        {
                            "label": "Romania",
                            "value": 9000,
                        },
                        {
                            "label": "Bangladesh",
                            "value": 6000,
                        },
                        {
                            "label": "Filippine",
                            "value": 4500,
                        },
                        {
                            "label": "Ucraina",
                            "value": 4000,
                        },
                        {
                            "label": "Pakistan",
                            "value": 3500,
                        },
                    ],
                },
            ],
        },
        "en": {
            "slug": "bologna",
            "title": "Bologna",
            "tagline": "Small-scale reception and active citizenship under the porticoes",
            "summary": (
                "Bologna, the capital of Emilia-Romagna, is a university city of about 390,000 "
                "people, where roughly one resident in seven holds a foreign citizenship. The "
                "city chose a model of dispersed reception long ago: small apartments spread "
                "across the districts instead of large centres, run together with social "
                "cooperatives and combined with personal plans towards independence. Alongside "
                "reception, the city relies on participation: collaboration pacts allow "
                "long-standing and new residents to look after shared spaces and common goods "
                "together. This profile presents the policy choices, the main actors and the "
                "factors that make this approach possible."
            ),
            "key_findings": (
                "<ol><li>Reception in small apartments spread over all districts reduces "
                "conflicts with neighbours and speeds up the move to independence.</li><li>A "
                "single public body, ASP Città di Bologna, coordinates the network of "
                "cooperatives, which ensures common standards and one clear point of "
                "reference.</li><li>The regulation on urban commons gives anyone who lives in "
                "the city, with or without Italian citizenship, a formal tool to propose and "
                "carry out activities in their neighbourhood.</li></ol>"
            ),
            "distinctive": (
                "<p>Bologna has a long tradition of municipal welfare and of cooperation with "
                "the voluntary and cooperative sector: social cooperatives, associations and "
                "parishes run a large share of services together with the city. The University, "
                "one of the oldest in Europe, brings tens of thousands of students to the city "
                "every year, many from abroad, and contributes to an open climate used to "
                "diversity.</p><p>The city decided not to concentrate asylum seekers in large "
                "facilities: even in the years of the highest arrivals it tried to spread "
                "reception over apartments and small communities across the metropolitan "
                "area.</p>"
            ),
            "policy_focus": (
                "<p>The city's policies focus on three areas: reception that accompanies each "
                "person towards housing and work; access to universal services such as "
                "registration, school, health care and social services, without separate tracks; "
                "and participation in the life of the districts.</p><p>The city is part of the "
                "national reception network, now called SAI (Reception and Integration System) "
                "and funded by the Ministry of the Interior, and adds its own, regional and "
                "European resources. The Massimo Zonarelli Intercultural Centre offers space and "
                "support to associations of migrants.</p>"
            ),
            "key_factors": (
                "<p><b>A stable alliance with the voluntary and cooperative sector.</b> "
                "Cooperatives and associations are not mere contractors: they design services "
                "together with the city in standing working groups.</p><p><b>A public managing "
                "body.</b> ASP Città di Bologna, the public agency for personal services, "
                "coordinates reception, the contracts with the organisations running it and the "
                "monitoring of individual plans.</p><p><b>Districts as a shared workplace.</b> "
                "The six districts and their neighbourhood labs bring the administration closer "
                "to residents and help it recognise the needs and resources of newcomers.</p>"
            ),
            "responsible_office": "Department of Welfare and Community Wellbeing",
            "address": "Piazza Liber Paradisus 6, 40129 Bologna, Italy",
            "contact_name": "Chiara Morandi",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "390,000",
                    "label": "inhabitants (approx.)",
                    "year": 2021,
                    "source": "ISTAT",
                },
                {
                    "measure": "foreign_citizens",
                    "value": "15%",
                    "label": "residents with a foreign citizenship (approx.)",
                    "year": 2021,
                    "source": "City of Bologna",
                },
                {
                    "measure": "wider_population",
                    "value": "1 million",
                    "label": "inhabitants of the Metropolitan City (approx.)",
                    "year": 2021,
                    "source": "ISTAT",
                },
                {
                    "value": "6",
                    "label": "city districts",
                    "year": 2021,
                    "source": "City of Bologna",
                },
            ],
            "statistics": [
                {
                    "title": "The largest foreign communities",
                    "description": (
                        "Illustrative, rounded values given as an example of the order of "
                        "magnitude of the largest communities in the city; they are not official "
                        "data."
                    ),
                    "value_label": "Residents (illustrative values)",
                    "source": "Illustrative values",
                    "data": [
                        {
                            "label": "Romania",
                            "value": 9000,
                        },
                        {
                            "label": "Bangladesh",
                            "value": 6000,
                        },
                        {
                            "label": "Philippines",
                            "value": 4500,
                        },
                        {
                            "label": "Ukraine",
                            "value": 4000,
                        },
                        {
                            "label": "Pakistan",
                            "value": 3500,
                        },
                    ],
                },
            ],
        },
        "pl": {
            "slug": "bolonia",
            "title": "Bolonia",
            "tagline": "Rozproszone przyjmowanie i aktywne obywatelstwo pod arkadami",
            "summary": (
                "Bolonia, stolica Emilii-Romanii, to miasto uniwersyteckie liczące około 390 "
                "tysięcy mieszkańców, wśród których mniej więcej co siódmy ma obce obywatelstwo. "
                "Miasto dawno temu wybrało model rozproszonego przyjmowania: zamiast dużych "
                "ośrodków – małe mieszkania w różnych dzielnicach, prowadzone wspólnie ze "
                "spółdzielniami socjalnymi i połączone z indywidualnymi planami dochodzenia do "
                "samodzielności. Obok przyjmowania Bolonia stawia na partycypację: pakty "
                "współpracy pozwalają dawnym i nowym mieszkańcom wspólnie dbać o przestrzenie i "
                "dobra wspólne. Profil przedstawia decyzje polityczne, głównych aktorów i "
                "czynniki, dzięki którym to podejście jest możliwe."
            ),
            "key_findings": (
                "<ol><li>Przyjmowanie w małych mieszkaniach rozproszonych po wszystkich "
                "dzielnicach ogranicza konflikty z sąsiadami i przyspiesza dochodzenie do "
                "samodzielności.</li><li>Jedna instytucja publiczna, ASP Città di Bologna, "
                "koordynuje sieć spółdzielni, co zapewnia wspólne standardy i jeden wyraźny "
                "punkt odniesienia.</li><li>Regulamin dóbr wspólnych daje każdemu, kto mieszka w "
                "mieście, także bez obywatelstwa włoskiego, formalne narzędzie do proponowania i "
                "prowadzenia działań w swojej okolicy.</li></ol>"
            ),
            "distinctive": (
                "<p>Bolonia ma długą tradycję miejskiej polityki społecznej i współpracy z "
                "trzecim sektorem: spółdzielnie socjalne, stowarzyszenia i parafie prowadzą "
                "wspólnie z miastem znaczną część usług. Uniwersytet, jeden z najstarszych w "
                "Europie, co roku przyciąga dziesiątki tysięcy studentów, także z zagranicy, i "
                "współtworzy otwarty klimat, w którym różnorodność jest "
                "codziennością.</p><p>Miasto postanowiło nie skupiać osób ubiegających się o "
                "ochronę w dużych obiektach: nawet w latach największej liczby przyjazdów "
                "starało się rozpraszać przyjmowanie na mieszkania i małe wspólnoty w całym "
                "obszarze metropolitalnym.</p>"
            ),
            "policy_focus": (
                "<p>Polityka miasta koncentruje się na trzech obszarach: przyjmowaniu, które "
                "prowadzi każdą osobę do mieszkania i pracy; dostępie do usług powszechnych, "
                "takich jak meldunek, szkoła, opieka zdrowotna i pomoc społeczna, bez osobnych "
                "ścieżek; oraz udziale w życiu dzielnic.</p><p>Miasto należy do krajowej sieci "
                "przyjmowania, obecnie nazywanej SAI (System przyjmowania i integracji) i "
                "finansowanej przez Ministerstwo Spraw Wewnętrznych, i uzupełnia ją środkami "
                "własnymi, regionalnymi i europejskimi. Centrum Międzykulturowe im. Massima "
                "Zonarellego udostępnia przestrzeń i wsparcie stowarzyszeniom migrantów.</p>"
            ),
            "key_factors": (
                "<p><b>Trwały sojusz z trzecim sektorem.</b> Spółdzielnie i stowarzyszenia nie "
                "są zwykłymi wykonawcami: projektują usługi razem z miastem w stałych zespołach "
                "roboczych.</p><p><b>Publiczny podmiot zarządzający.</b> ASP Città di Bologna, "
                "publiczna agencja usług dla osób, koordynuje przyjmowanie, umowy z "
                "organizacjami, które je prowadzą, oraz monitorowanie indywidualnych "
                "planów.</p><p><b>Dzielnice jako wspólne miejsce pracy.</b> Sześć dzielnic i ich "
                "laboratoria sąsiedzkie zbliżają administrację do mieszkańców i pomagają "
                "dostrzec potrzeby oraz zasoby nowych mieszkańców.</p>"
            ),
            "responsible_office": "Wydział Pomocy Społecznej i Dobrostanu Wspólnoty",
            "address": "Piazza Liber Paradisus 6, 40129 Bolonia, Włochy",
            "contact_name": "Chiara Morandi",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "390 000",
                    "label": "mieszkańców (około)",
                    "year": 2021,
                    "source": "ISTAT",
                },
                {
                    "measure": "foreign_citizens",
                    "value": "15%",
                    "label": "mieszkańców z obcym obywatelstwem (około)",
                    "year": 2021,
                    "source": "Miasto Bolonia",
                },
                {
                    "measure": "wider_population",
                    "value": "1 mln",
                    "label": "mieszkańców Miasta Metropolitalnego (około)",
                    "year": 2021,
                    "source": "ISTAT",
                },
                {
                    "value": "6",
                    "label": "dzielnic miasta",
                    "year": 2021,
                    "source": "Miasto Bolonia",
                },
            ],
            "statistics": [
                {
                    "title": "Najliczniejsze społeczności cudzoziemców",
                    "description": (
                        "Wartości poglądowe i zaokrąglone, podane jako przykład rzędu wielkości "
                        "najliczniejszych społeczności w mieście; nie są to dane oficjalne."
                    ),
                    "value_label": "Mieszkańcy (wartości poglądowe)",
                    "source": "Wartości poglądowe",
                    "data": [
                        {
                            "label": "Rumunia",
                            "value": 9000,
                        },
                        {
                            "label": "Bangladesz",
                            "value": 6000,
                        },
                        {
                            "label": "Filipiny",
                            "value": 4500,
                        },
                        {
                            "label": "Ukraina",
                            "value": 4000,
                        },
                        {
                            "label": "Pakistan",
                            "value": 3500,
                        },
                    ],
                },
            ],
        },
    },
    "report": {
        "start_date": "2021-05-17",
        "end_date": "2021-05-19",
        "contact_email": "integrazione@bologna.example.org",
        "thematic_areas": ["housing", "local-communities", "education", "employment"],
        "target_groups": ["refugees", "newcomers", "residents"],
        "host_organisations": ["bologna-welfare", "bologna-portici"],
        "visiting_cities": ["gdansk", "bremen", "ghent", "thessaloniki"],
        "practices": [0, 1],
        "image": {
            "motif": "meeting",
        },
        "gallery": [
            {
                "motif": "walk",
            },
            {
                "motif": "classroom",
            },
            {
                "motif": "garden",
            },
        ],
        "it": {
            "slug": "visita-di-studio-bologna-2021",
            "title": "Visita di studio a Bologna: accoglienza diffusa e beni comuni",
            "summary": (
                "Dal 17 al 19 maggio 2021 le delegazioni di Danzica, Brema, Gand e Salonicco "
                "hanno visitato Bologna per conoscere da vicino l'accoglienza diffusa in "
                "appartamento e i patti di collaborazione tra residenti e Comune. Il programma "
                "ha alternato incontri con ASP Città di Bologna e le cooperative, visite ad "
                "appartamenti e a un orto condiviso, una lezione al CPIA e una passeggiata nel "
                "quartiere Navile. Il momento centrale è stato l'incontro all'aperto con "
                "associazioni, attivisti e persone migranti. Il rapporto riassume che cosa "
                "abbiamo visto, che cosa funziona, quali difficoltà restano e che cosa le città "
                "partner possono riprendere."
            ),
            "context": (
                "<p>Bologna accoglie da anni richiedenti asilo e rifugiati con un modello "
                "diffuso, che nel 2020 ha ritrovato una cornice nazionale più ampia: con la "
                "riforma che ha istituito il Sistema di accoglienza e integrazione (SAI), i "
                "progetti comunali possono di nuovo accogliere anche i richiedenti asilo e non "
                "solo chi ha già ottenuto una protezione.</p><p>La sfida della città oggi non è "
                "tanto il primo arrivo quanto il dopo: trovare una casa in un mercato degli "
                "affitti sempre più caro e costruire relazioni di vicinato che durino oltre il "
                "progetto. La visita si è svolta secondo le regole sanitarie allora in vigore, "
                "in piccoli gruppi e, quando possibile, all'aperto.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A Bologna le delegazioni hanno visto l'accoglienza diffusa "
                        "dall'interno: due appartamenti nei quartieri Navile e San Donato-San "
                        "Vitale, le regole comuni a tutti gli enti gestori e il lavoro quotidiano "
                        "degli operatori di Portici Aperti. Il secondo filo della visita sono "
                        "stati i patti di collaborazione, con cui gruppi di residenti, anche "
                        "arrivati da poco, si prendono cura di spazi del "
                        "quartiere.</p><p>L'incontro all'aperto nell'orto condiviso del Navile ha "
                        "riunito circa quaranta persone del territorio. Il grafico mostra chi "
                        "c'era: cooperative, associazioni di migranti, servizi pubblici, "
                        "volontari e persone accolte nel SAI, ciascun gruppo con un peso simile "
                        "nella discussione.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "La visita in cifre",
                        "figures": [
                            {
                                "value": "3",
                                "label": "giorni di programma, dal 17 al 19 maggio 2021",
                                "year": 2021,
                                "source": "Programma della visita di studio",
                            },
                            {
                                "value": "9",
                                "label": (
                                    "momenti del programma, dalla lezione al CPIA alla "
                                    "passeggiata in Bolognina"
                                ),
                                "year": 2021,
                                "source": "Programma della visita di studio",
                            },
                            {
                                "value": "circa 40",
                                "label": (
                                    "partecipanti all'incontro nell'orto condiviso del Navile"
                                ),
                                "year": 2021,
                                "source": "Programma della visita di studio",
                            },
                            {
                                "value": "8",
                                "label": "associazioni di migranti presenti all'incontro",
                                "year": 2021,
                                "source": "Programma della visita di studio",
                            },
                        ],
                    },
                },
                {
                    "type": "chart",
                    "value": {
                        "title": "Chi ha partecipato all'incontro nell'orto del Navile",
                        "description": (
                            "Le circa quaranta persone del territorio, divise in cinque gruppi; "
                            "le delegazioni delle città partner hanno partecipato a tutti i "
                            "tavoli."
                        ),
                        "value_label": "Persone",
                        "source": "Elenco dei partecipanti, arrotondato",
                        "data": [
                            {
                                "label": "Cooperative",
                                "value": 8,
                            },
                            {
                                "label": "Servizi",
                                "value": 7,
                            },
                            {
                                "label": "Associazioni",
                                "value": 8,
                            },
                            {
                                "label": "Volontari",
                                "value": 9,
                            },
                            {
                                "label": "Ospiti SAI",
                                "value": 6,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Ho un contratto di lavoro regolare, ma per l'affitto mi chiedono "
                            "sempre un garante italiano."
                        ),
                        "attribution": (
                            "Un giovane uscito da poco dal progetto SAI, all'incontro nell'orto "
                            "del Navile"
                        ),
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-05-17",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Palazzo d'Accursio, Piazza Maggiore 6",
                    "title": "Benvenuto e il sistema bolognese di welfare",
                    "description": (
                        "Saluto dell'amministrazione comunale e presentazione delle politiche "
                        "per l'accoglienza e l'integrazione: chi fa che cosa tra Comune, ASP, "
                        "quartieri e terzo settore."
                    ),
                },
                {
                    "date": "2021-05-17",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "ASP Città di Bologna",
                    "title": "Come funziona il progetto SAI",
                    "description": (
                        "L'équipe di coordinamento ha illustrato il percorso di una persona "
                        "accolta, dall'assegnazione da parte del Servizio centrale fino "
                        "all'uscita, e le regole comuni a tutti gli enti gestori."
                    ),
                },
                {
                    "date": "2021-05-17",
                    "start_time": "14:30",
                    "end_time": "17:00",
                    "place": "Quartieri Navile e San Donato-San Vitale",
                    "title": "Visita a due appartamenti di accoglienza",
                    "description": (
                        "Con il consenso degli ospiti, piccoli gruppi hanno visitato un "
                        "appartamento per uomini soli e uno per una famiglia, parlando con gli "
                        "operatori di Portici Aperti di vita quotidiana, regole della casa e "
                        "rapporti con i vicini."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "CPIA metropolitano di Bologna",
                    "title": "L'italiano come prima porta",
                    "description": (
                        "Una lezione aperta di un corso di italiano per adulti e un confronto "
                        "con gli insegnanti su test di livello, classi miste e corsi serali per "
                        "chi lavora."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Centro interculturale Massimo Zonarelli, via Sacco 14",
                    "title": "Un centro al servizio delle associazioni",
                    "description": (
                        "Il centro mette a disposizione sale, consulenza e occasioni di incontro "
                        "per le associazioni di persone migranti; tre di esse hanno presentato "
                        "le proprie attività."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "15:00",
                    "end_time": "16:30",
                    "place": "Biblioteca Salaborsa, Piazza del Nettuno 3",
                    "title": "Patti di collaborazione e laboratori di quartiere",
                    "description": (
                        "La Fondazione per l'Innovazione Urbana e l'Ufficio Cittadinanza attiva "
                        "hanno spiegato il regolamento sui beni comuni, con esempi di patti nati "
                        "da gruppi di nuovi residenti."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "17:00",
                    "end_time": "19:30",
                    "place": "Orto condiviso nel quartiere Navile",
                    "title": (
                        "Incontro con associazioni, istituzioni, attivisti e persone migranti"
                    ),
                    "description": (
                        "L'incontro con la comunità locale, all'aperto: tre tavoli di "
                        "discussione su casa, lavoro e partecipazione, seguiti da una cena "
                        "preparata dal gruppo dell'orto."
                    ),
                },
                {
                    "date": "2021-05-19",
                    "start_time": "09:30",
                    "end_time": "11:30",
                    "place": "Bolognina, partenza da Piazza dell'Unità",
                    "title": "Passeggiata nel quartiere",
                    "description": (
                        "Una passeggiata guidata da due giovani residenti con esperienza di "
                        "migrazione tra negozi, scuole, la biblioteca di quartiere e gli spazi "
                        "curati grazie ai patti."
                    ),
                },
                {
                    "date": "2021-05-19",
                    "start_time": "12:00",
                    "end_time": "14:00",
                    "place": "Palazzo d'Accursio, Piazza Maggiore 6",
                    "title": "Laboratorio conclusivo delle città partner",
                    "description": (
                        "Le delegazioni hanno confrontato quanto visto con la situazione delle "
                        "proprie città, individuato gli elementi trasferibili e concordato i "
                        "contributi per la pubblicazione online."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>All'incontro hanno preso parte una quarantina di persone: operatori di "
                "cooperative sociali, rappresentanti di otto associazioni di persone migranti, "
                "insegnanti del CPIA, assistenti sociali dei quartieri, volontari dei patti di "
                "collaborazione, una rappresentante del sindacato inquilini, studenti "
                "universitari e alcune persone accolte nel progetto SAI o uscite da poco. Le "
                "delegazioni delle città partner hanno partecipato a tutti i tavoli, con "
                "interpretariato in inglese.</p>"
            ),
            "meeting_discussion": (
                "<p><b>Casa.</b> È stato il tema più sentito. Anche chi esce dal progetto con un "
                "lavoro regolare trova porte chiuse: garanzie richieste dai proprietari, affitti "
                "alti, diffidenza verso i nomi stranieri. Si è parlato di agenzie per l'affitto "
                "con garanzia pubblica e di coabitazioni tra giovani.</p><p><b>Lavoro.</b> I "
                "tirocini funzionano quando un'azienda conosce già la cooperativa; le persone "
                "accolte chiedono più corsi serali e il riconoscimento dei titoli di studio "
                "ottenuti all'estero.</p><p><b>Partecipazione.</b> Le associazioni hanno chiesto "
                "moduli più semplici per i patti e una presenza stabile negli organismi "
                "consultivi dei quartieri. La delegazione di Danzica ha raccontato l'esperienza "
                "del proprio Consiglio delle persone immigrate.</p>"
            ),
            "key_findings": (
                "<ul><li>La scelta di piccoli alloggi è una decisione politica che va difesa "
                "anche nei momenti di emergenza: è più facile ampliare una rete di appartamenti "
                "che chiudere un grande centro.</li><li>Un coordinamento pubblico unico permette "
                "di confrontare i risultati dei diversi gestori e di correggere in fretta ciò "
                "che non funziona.</li><li>I patti di collaborazione danno ai nuovi residenti un "
                "ruolo attivo e visibile, ma servono accompagnamento e linguaggio semplice "
                "perché siano davvero accessibili.</li><li>Il passaggio dall'accoglienza a una "
                "casa autonoma è il punto critico dell'intero percorso.</li></ul>"
            ),
            "strengths": (
                "<p>Una rete di cooperative con esperienza pluriennale e rapporti di fiducia con "
                "il Comune; regole comuni per tutti i gestori; un forte radicamento nei "
                "quartieri; uno strumento giuridico, il regolamento sui beni comuni, che "
                "riconosce l'iniziativa di tutti gli abitanti senza distinzioni di "
                "cittadinanza.</p>"
            ),
            "challenges": (
                "<p>Il mercato degli affitti, spinto anche dalla domanda degli studenti e dagli "
                "affitti brevi, rende difficile l'uscita dal progetto. I finanziamenti nazionali "
                "dipendono da scelte politiche che negli ultimi anni sono cambiate più volte. "
                "Nei patti partecipa meno chi lavora su turni o non parla ancora bene "
                "l'italiano, e manca una valutazione dei risultati sulle relazioni tra "
                "vicini.</p>"
            ),
            "next_actions": (
                "<ul><li>Bologna sperimenterà con i gestori un servizio comune di ricerca della "
                "casa per le persone in uscita dal SAI.</li><li>Il modello di patto sarà "
                "tradotto in inglese, arabo, bangla e urdu e presentato in sportelli serali nei "
                "quartieri.</li><li>Le città partner raccoglieranno i propri criteri per la "
                "scelta degli alloggi, da confrontare durante la visita a Salonicco di "
                "giugno.</li></ul>"
            ),
            "transferability": (
                "<p>Il modello diffuso è trasferibile anche dove il sistema nazionale è diverso: "
                "conta che il Comune mantenga il coordinamento e fissi limiti chiari al numero "
                "di persone per edificio. Per Danzica e per le altre città che accolgono "
                "soprattutto persone arrivate per lavoro, la casa e l'accompagnamento "
                "all'autonomia sono temi altrettanto rilevanti.</p><p>I patti di collaborazione "
                "richiedono invece una base normativa. Una città può cominciare con un progetto "
                "pilota in un quartiere, un modello di accordo di una pagina e una persona di "
                "riferimento, prima di approvare un regolamento generale.</p>"
            ),
            "authors": (
                "Chiara Morandi (Comune di Bologna), Luca Ferri (Portici Aperti), con il gruppo "
                "di coordinamento del Comune di Danzica"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "Un gruppo di persone con la mascherina cammina sotto un portico in una "
                        "via della Bolognina."
                    ),
                    "caption": (
                        "La passeggiata in Bolognina, guidata da giovani residenti del quartiere."
                    ),
                    "credit": "Foto: Portici Aperti",
                },
                {
                    "alt_text": (
                        "Adulti seduti ai banchi di un'aula ascoltano un'insegnante davanti alla "
                        "lavagna."
                    ),
                    "caption": "Una lezione aperta di italiano al CPIA metropolitano di Bologna.",
                    "credit": "Foto: Comune di Bologna",
                },
                {
                    "alt_text": (
                        "Persone di età diverse sedute intorno a un tavolo all'aperto, tra le "
                        "aiuole di un orto."
                    ),
                    "caption": (
                        "L'incontro con associazioni e residenti nell'orto condiviso del Navile."
                    ),
                    "credit": "Foto: Comune di Bologna",
                },
            ],
        },
        "en": {
            "slug": "study-visit-bologna-2021",
            "title": "Study visit to Bologna: dispersed reception and urban commons",
            "summary": (
                "From 17 to 19 May 2021, delegations from Gdańsk, Bremen, Ghent and Thessaloniki "
                "visited Bologna to see at first hand dispersed reception in apartments and the "
                "collaboration pacts between residents and the city. The programme combined "
                "meetings with ASP Città di Bologna and the cooperatives, visits to apartments "
                "and a shared garden, a lesson at the adult education centre and a walk in the "
                "Navile district. The highlight was the open-air meeting with associations, "
                "activists and migrants. The report sums up what we saw, what works, which "
                "difficulties remain and what the partner cities can take home."
            ),
            "context": (
                "<p>Bologna has received asylum seekers and refugees in a dispersed model for "
                "years, and in 2020 this model regained a broader national framework: with the "
                "reform that created the Reception and Integration System (SAI), city projects "
                "can once again receive asylum seekers and not only people already granted "
                "protection.</p><p>The city's challenge today is less the first arrival than "
                "what comes after: finding a home in an increasingly expensive rental market and "
                "building neighbourly relationships that last beyond the project. The visit "
                "followed the health rules in force at the time, in small groups and, whenever "
                "possible, outdoors.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In Bologna the delegations saw dispersed reception from the inside: "
                        "two apartments in the Navile and San Donato-San Vitale districts, the "
                        "rules shared by all providers and the daily work of the Portici Aperti "
                        "staff. The second thread of the visit was the collaboration pacts, "
                        "through which groups of residents, including recent arrivals, look after "
                        "spaces in their neighbourhood.</p><p>The open-air meeting in the shared "
                        "garden in Navile brought together about forty local people. The chart "
                        "shows who was there: cooperatives, migrant associations, public "
                        "services, volunteers and people received in SAI, each group with a "
                        "similar weight in the discussion.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "The visit in figures",
                        "figures": [
                            {
                                "value": "3",
                                "label": "days of programme, 17 to 19 May 2021",
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "9",
                                "label": (
                                    "sessions, from the lesson at the adult education centre to "
                                    "the walk in Bolognina"
                                ),
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "about 40",
                                "label": (
                                    "participants in the meeting in the shared garden in Navile"
                                ),
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "8",
                                "label": "migrant associations at the meeting",
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                        ],
                    },
                },
                {
                    "type": "chart",
                    "value": {
                        "title": "Who took part in the meeting in the Navile garden",
                        "description": (
                            "The roughly forty local participants in five groups; the partner "
                            "cities' delegations joined every table."
                        ),
                        "value_label": "People",
                        "source": "List of participants, rounded",
                        "data": [
                            {
                                "label": "Cooperatives",
                                "value": 8,
                            },
                            {
                                "label": "Services",
                                "value": 7,
                            },
                            {
                                "label": "Associations",
                                "value": 8,
                            },
                            {
                                "label": "Volunteers",
                                "value": 9,
                            },
                            {
                                "label": "SAI residents",
                                "value": 6,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "I have a regular work contract, but for a flat they always ask me "
                            "for an Italian guarantor."
                        ),
                        "attribution": (
                            "A young man who recently left the SAI project, at the meeting in the "
                            "Navile garden"
                        ),
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-05-17",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Palazzo d'Accursio, Piazza Maggiore 6",
                    "title": "Welcome and Bologna's welfare system",
                    "description": (
                        "Welcome by the city administration and a presentation of reception and "
                        "integration policies: who does what among the city, ASP, the districts "
                        "and the voluntary and cooperative sector."
                    ),
                },
                {
                    "date": "2021-05-17",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "ASP Città di Bologna",
                    "title": "How the SAI project works",
                    "description": (
                        "The coordination team described the path of a person received, from "
                        "assignment by the Central Service to leaving the project, and the rules "
                        "shared by all providers."
                    ),
                },
                {
                    "date": "2021-05-17",
                    "start_time": "14:30",
                    "end_time": "17:00",
                    "place": "Navile and San Donato-San Vitale districts",
                    "title": "Visit to two reception apartments",
                    "description": (
                        "With the residents' consent, small groups visited an apartment for "
                        "single men and one for a family, and talked with Portici Aperti staff "
                        "about daily life, house rules and relations with the neighbours."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Metropolitan Adult Education Centre (CPIA) of Bologna",
                    "title": "Italian as the first door",
                    "description": (
                        "An open lesson of an Italian course for adults and a discussion with "
                        "teachers about placement tests, mixed classes and evening courses for "
                        "people in work."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Massimo Zonarelli Intercultural Centre, via Sacco 14",
                    "title": "A centre serving associations",
                    "description": (
                        "The centre offers rooms, advice and opportunities to meet to migrant "
                        "associations; three of them presented their activities."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "15:00",
                    "end_time": "16:30",
                    "place": "Salaborsa Library, Piazza del Nettuno 3",
                    "title": "Collaboration pacts and neighbourhood labs",
                    "description": (
                        "The Foundation for Urban Innovation and the Active Citizenship Office "
                        "explained the regulation on urban commons, with examples of pacts "
                        "started by groups of newcomers."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "17:00",
                    "end_time": "19:30",
                    "place": "Shared garden in the Navile district",
                    "title": "Meeting with associations, institutions, activists and migrants",
                    "description": (
                        "The meeting with the local community, held outdoors: three discussion "
                        "tables on housing, work and participation, followed by a dinner cooked "
                        "by the garden group."
                    ),
                },
                {
                    "date": "2021-05-19",
                    "start_time": "09:30",
                    "end_time": "11:30",
                    "place": "Bolognina, starting from Piazza dell'Unità",
                    "title": "Neighbourhood walk",
                    "description": (
                        "A walk led by two young residents with a migration background, past "
                        "shops, schools, the neighbourhood library and the spaces looked after "
                        "through pacts."
                    ),
                },
                {
                    "date": "2021-05-19",
                    "start_time": "12:00",
                    "end_time": "14:00",
                    "place": "Palazzo d'Accursio, Piazza Maggiore 6",
                    "title": "Closing workshop of the partner cities",
                    "description": (
                        "The delegations compared what they had seen with the situation in their "
                        "own cities, identified transferable elements and agreed on their "
                        "contributions to the online publication."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>About forty people took part in the meeting: staff of social cooperatives, "
                "representatives of eight migrant associations, CPIA teachers, district social "
                "workers, volunteers from collaboration pacts, a representative of the tenants' "
                "union, university students and several people living in the SAI project or who "
                "had recently left it. The partner cities' delegations joined every table, with "
                "interpreting into English.</p>"
            ),
            "meeting_discussion": (
                "<p><b>Housing.</b> This was the most pressing topic. Even people who leave the "
                "project with a regular job find doors closed: guarantees demanded by landlords, "
                "high rents, mistrust of foreign names. Participants discussed rental agencies "
                "backed by a public guarantee and shared housing for young "
                "people.</p><p><b>Work.</b> Work placements succeed when a company already knows "
                "the cooperative; the people received ask for more evening courses and for "
                "recognition of qualifications obtained abroad.</p><p><b>Participation.</b> The "
                "associations asked for simpler pact forms and a permanent place in the "
                "districts' advisory bodies. The Gdańsk delegation shared the experience of its "
                "Immigrants' Council.</p>"
            ),
            "key_findings": (
                "<ul><li>Choosing small homes is a political decision that must be defended even "
                "in emergencies: it is easier to expand a network of apartments than to close a "
                "large centre.</li><li>A single public coordinator makes it possible to compare "
                "the results of different providers and quickly correct what does not "
                "work.</li><li>Collaboration pacts give newcomers an active and visible role, "
                "but they need support and plain language to be truly accessible.</li><li>The "
                "move from reception to an independent home is the critical point of the whole "
                "path.</li></ul>"
            ),
            "strengths": (
                "<p>A network of cooperatives with many years of experience and relationships of "
                "trust with the city; common rules for all providers; strong roots in the "
                "districts; and a legal tool, the regulation on urban commons, that recognises "
                "the initiative of all inhabitants regardless of citizenship.</p>"
            ),
            "challenges": (
                "<p>The rental market, driven also by student demand and short-term lets, makes "
                "leaving the project difficult. National funding depends on political choices "
                "that have changed several times in recent years. People working shifts or not "
                "yet fluent in Italian take part in pacts less often, and there is no evaluation "
                "of the results for relations between neighbours.</p>"
            ),
            "next_actions": (
                "<ul><li>Bologna will pilot, together with the providers, a shared housing "
                "search service for people leaving SAI.</li><li>The pact template will be "
                "translated into English, Arabic, Bangla and Urdu and presented at evening help "
                "desks in the districts.</li><li>The partner cities will collect their own "
                "criteria for choosing housing, to be compared during the visit to Thessaloniki "
                "in June.</li></ul>"
            ),
            "transferability": (
                "<p>The dispersed model can be transferred even where the national system is "
                "different: what matters is that the city keeps the coordination and sets clear "
                "limits on the number of people per building. For Gdańsk and the other cities "
                "that mainly receive people who came for work, housing and support towards "
                "independence are just as relevant.</p><p>Collaboration pacts, by contrast, need "
                "a legal basis. A city can begin with a pilot in one district, a one-page "
                "agreement template and a contact person, before adopting a general "
                "regulation.</p>"
            ),
            "authors": (
                "Chiara Morandi (City of Bologna), Luca Ferri (Portici Aperti), with the "
                "coordination team of the City of Gdańsk"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "A group of people wearing face masks walks under a portico in a street "
                        "in Bolognina."
                    ),
                    "caption": (
                        "The walk in Bolognina, led by young residents of the neighbourhood."
                    ),
                    "credit": "Photo: Portici Aperti",
                },
                {
                    "alt_text": (
                        "Adults sitting at classroom desks listen to a teacher standing at the "
                        "blackboard."
                    ),
                    "caption": (
                        "An open Italian lesson at the Metropolitan Adult Education Centre of "
                        "Bologna."
                    ),
                    "credit": "Photo: City of Bologna",
                },
                {
                    "alt_text": (
                        "People of different ages sitting around an outdoor table among the beds "
                        "of a vegetable garden."
                    ),
                    "caption": (
                        "The meeting with associations and residents in the shared garden in "
                        "Navile."
                    ),
                    "credit": "Photo: City of Bologna",
                },
            ],
        },
        "pl": {
            "slug": "wizyta-studyjna-bolonia-2021",
            "title": "Wizyta studyjna w Bolonii: rozproszone przyjmowanie i dobra wspólne",
            "summary": (
                "W dniach 17–19 maja 2021 r. delegacje Gdańska, Bremy, Gandawy i Salonik "
                "odwiedziły Bolonię, aby z bliska poznać rozproszone przyjmowanie w mieszkaniach "
                "oraz pakty współpracy między mieszkańcami a miastem. Program łączył spotkania z "
                "ASP Città di Bologna i spółdzielniami, wizyty w mieszkaniach i we wspólnym "
                "ogrodzie, lekcję w centrum edukacji dorosłych i spacer po dzielnicy Navile. "
                "Najważniejszym punktem było spotkanie na świeżym powietrzu ze stowarzyszeniami, "
                "aktywistami i migrantami. Raport podsumowuje, co zobaczyliśmy, co działa, jakie "
                "trudności pozostają i co miasta partnerskie mogą przenieść do siebie."
            ),
            "context": (
                "<p>Bolonia od lat przyjmuje osoby ubiegające się o ochronę i uchodźców w modelu "
                "rozproszonym, który w 2020 r. odzyskał szersze ramy krajowe: dzięki reformie "
                "tworzącej System przyjmowania i integracji (SAI) projekty miejskie mogą znów "
                "przyjmować także osoby ubiegające się o ochronę, a nie tylko te, które już ją "
                "uzyskały.</p><p>Wyzwaniem dla miasta jest dziś nie tyle sam przyjazd, ile to, "
                "co następuje potem: znalezienie mieszkania na coraz droższym rynku najmu i "
                "budowanie relacji sąsiedzkich, które przetrwają zakończenie projektu. Wizyta "
                "odbyła się zgodnie z obowiązującymi wówczas zasadami sanitarnymi, w małych "
                "grupach i w miarę możliwości na świeżym powietrzu.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>W Bolonii delegacje zobaczyły rozproszone przyjmowanie od środka: dwa "
                        "mieszkania w dzielnicach Navile i San Donato-San Vitale, zasady wspólne "
                        "dla wszystkich realizatorów i codzienną pracę zespołu Portici Aperti. "
                        "Drugim wątkiem wizyty były pakty współpracy, dzięki którym grupy "
                        "mieszkańców, także niedawno przybyłych, opiekują się miejscami w swojej "
                        "dzielnicy.</p><p>Spotkanie na świeżym powietrzu we wspólnym ogrodzie w "
                        "Navile zgromadziło około czterdziestu osób z miasta. Wykres pokazuje, "
                        "kto przyszedł: spółdzielnie, stowarzyszenia migrantów, instytucje "
                        "publiczne, wolontariusze i osoby przyjęte w systemie SAI – każda grupa "
                        "miała podobny udział w dyskusji.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "Wizyta w liczbach",
                        "figures": [
                            {
                                "value": "3",
                                "label": "dni programu, 17–19 maja 2021",
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "9",
                                "label": (
                                    "punktów programu, od lekcji w centrum edukacji dorosłych po "
                                    "spacer po Bolognina"
                                ),
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "ok. 40",
                                "label": "uczestników spotkania we wspólnym ogrodzie w Navile",
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "8",
                                "label": "stowarzyszeń migrantów obecnych na spotkaniu",
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                        ],
                    },
                },
                {
                    "type": "chart",
                    "value": {
                        "title": "Kto wziął udział w spotkaniu w ogrodzie w Navile",
                        "description": (
                            "Około czterdziestu uczestników z miasta w pięciu grupach; delegacje "
                            "miast partnerskich dołączały do każdego stolika."
                        ),
                        "value_label": "Osoby",
                        "source": "Lista uczestników, w zaokrągleniu",
                        "data": [
                            {
                                "label": "Spółdzielnie",
                                "value": 8,
                            },
                            {
                                "label": "Instytucje",
                                "value": 7,
                            },
                            {
                                "label": "Organizacje",
                                "value": 8,
                            },
                            {
                                "label": "Ochotnicy",
                                "value": 9,
                            },
                            {
                                "label": "Osoby z SAI",
                                "value": 6,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Mam regularną umowę o pracę, ale przy wynajmie mieszkania zawsze "
                            "żądają ode mnie włoskiego poręczyciela."
                        ),
                        "attribution": (
                            "Młody mężczyzna, który niedawno opuścił projekt SAI, na spotkaniu w "
                            "ogrodzie w Navile"
                        ),
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-05-17",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Palazzo d'Accursio, Piazza Maggiore 6",
                    "title": "Powitanie i boloński system pomocy społecznej",
                    "description": (
                        "Powitanie przez władze miasta i prezentacja polityki przyjmowania i "
                        "integracji: kto za co odpowiada – miasto, ASP, dzielnice i trzeci "
                        "sektor."
                    ),
                },
                {
                    "date": "2021-05-17",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "ASP Città di Bologna",
                    "title": "Jak działa projekt SAI",
                    "description": (
                        "Zespół koordynujący opisał drogę osoby przyjętej – od skierowania przez "
                        "Służbę Centralną do wyjścia z projektu – oraz zasady wspólne dla "
                        "wszystkich realizatorów."
                    ),
                },
                {
                    "date": "2021-05-17",
                    "start_time": "14:30",
                    "end_time": "17:00",
                    "place": "Dzielnice Navile i San Donato-San Vitale",
                    "title": "Wizyta w dwóch mieszkaniach",
                    "description": (
                        "Za zgodą mieszkańców małe grupy odwiedziły mieszkanie dla samotnych "
                        "mężczyzn i mieszkanie rodzinne, rozmawiając z pracownikami Portici "
                        "Aperti o codziennym życiu, zasadach domu i relacjach z sąsiadami."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Metropolitalne Centrum Edukacji Dorosłych (CPIA) w Bolonii",
                    "title": "Włoski jako pierwsze drzwi",
                    "description": (
                        "Otwarta lekcja kursu włoskiego dla dorosłych i rozmowa z nauczycielami "
                        "o testach poziomujących, grupach mieszanych i kursach wieczorowych dla "
                        "osób pracujących."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "11:30",
                    "end_time": "13:00",
                    "place": "Centrum Międzykulturowe im. Massima Zonarellego, via Sacco 14",
                    "title": "Centrum w służbie stowarzyszeń",
                    "description": (
                        "Centrum udostępnia stowarzyszeniom migrantów sale, doradztwo i okazje "
                        "do spotkań; trzy z nich przedstawiły swoje działania."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "15:00",
                    "end_time": "16:30",
                    "place": "Biblioteka Salaborsa, Piazza del Nettuno 3",
                    "title": "Pakty współpracy i laboratoria sąsiedzkie",
                    "description": (
                        "Fundacja na rzecz Innowacji Miejskich i Biuro Aktywnego Obywatelstwa "
                        "wyjaśniły regulamin dóbr wspólnych na przykładach paktów zainicjowanych "
                        "przez grupy nowych mieszkańców."
                    ),
                },
                {
                    "date": "2021-05-18",
                    "start_time": "17:00",
                    "end_time": "19:30",
                    "place": "Wspólny ogród w dzielnicy Navile",
                    "title": (
                        "Spotkanie ze stowarzyszeniami, instytucjami, aktywistami i migrantami"
                    ),
                    "description": (
                        "Spotkanie z lokalną społecznością na świeżym powietrzu: trzy stoliki "
                        "dyskusyjne o mieszkaniach, pracy i partycypacji, a potem kolacja "
                        "przygotowana przez grupę ogrodową."
                    ),
                },
                {
                    "date": "2021-05-19",
                    "start_time": "09:30",
                    "end_time": "11:30",
                    "place": "Bolognina, zbiórka na Piazza dell'Unità",
                    "title": "Spacer po dzielnicy",
                    "description": (
                        "Spacer prowadzony przez dwoje młodych mieszkańców z doświadczeniem "
                        "migracji – obok sklepów, szkół, biblioteki dzielnicowej i miejsc, o "
                        "które dba się dzięki paktom."
                    ),
                },
                {
                    "date": "2021-05-19",
                    "start_time": "12:00",
                    "end_time": "14:00",
                    "place": "Palazzo d'Accursio, Piazza Maggiore 6",
                    "title": "Warsztat podsumowujący miast partnerskich",
                    "description": (
                        "Delegacje porównały to, co zobaczyły, z sytuacją we własnych miastach, "
                        "wskazały elementy możliwe do przeniesienia i uzgodniły swój wkład w "
                        "publikację online."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>W spotkaniu wzięło udział około czterdziestu osób: pracownicy spółdzielni "
                "socjalnych, przedstawiciele ośmiu stowarzyszeń migrantów, nauczyciele z CPIA, "
                "pracownicy socjalni dzielnic, wolontariusze paktów współpracy, przedstawicielka "
                "związku lokatorów, studenci oraz kilka osób mieszkających w projekcie SAI lub "
                "takich, które niedawno go opuściły. Delegacje miast partnerskich uczestniczyły "
                "we wszystkich stolikach, z tłumaczeniem na angielski.</p>"
            ),
            "meeting_discussion": (
                "<p><b>Mieszkanie.</b> To był najbardziej palący temat. Nawet osoby, które "
                "opuszczają projekt ze stałą pracą, trafiają na zamknięte drzwi: właściciele "
                "żądają poręczeń, czynsze są wysokie, a obco brzmiące nazwiska budzą nieufność. "
                "Rozmawiano o agencjach najmu z gwarancją publiczną i o wspólnym zamieszkiwaniu "
                "młodych ludzi.</p><p><b>Praca.</b> Staże się sprawdzają, gdy firma zna już "
                "spółdzielnię; osoby przyjęte proszą o więcej kursów wieczorowych i o uznawanie "
                "dyplomów zdobytych za granicą.</p><p><b>Partycypacja.</b> Stowarzyszenia "
                "prosiły o prostsze formularze paktów i stałe miejsce w ciałach doradczych "
                "dzielnic. Delegacja Gdańska opowiedziała o doświadczeniach swojej Rady "
                "Imigrantów i Imigrantek.</p>"
            ),
            "key_findings": (
                "<ul><li>Wybór małych mieszkań to decyzja polityczna, której trzeba bronić także "
                "w sytuacjach kryzysowych: łatwiej rozbudować sieć mieszkań niż zamknąć duży "
                "ośrodek.</li><li>Jeden publiczny koordynator pozwala porównywać wyniki różnych "
                "realizatorów i szybko poprawiać to, co nie działa.</li><li>Pakty współpracy "
                "dają nowym mieszkańcom aktywną i widoczną rolę, ale aby były naprawdę dostępne, "
                "potrzebują wsparcia i prostego języka.</li><li>Przejście od przyjmowania do "
                "samodzielnego mieszkania jest krytycznym punktem całej ścieżki.</li></ul>"
            ),
            "strengths": (
                "<p>Sieć spółdzielni z wieloletnim doświadczeniem i relacjami opartymi na "
                "zaufaniu z miastem; wspólne zasady dla wszystkich realizatorów; silne "
                "zakorzenienie w dzielnicach; narzędzie prawne – regulamin dóbr wspólnych – "
                "które uznaje inicjatywę wszystkich mieszkańców bez względu na obywatelstwo.</p>"
            ),
            "challenges": (
                "<p>Rynek najmu, napędzany także popytem studentów i najmem krótkoterminowym, "
                "utrudnia wyjście z projektu. Finansowanie krajowe zależy od decyzji "
                "politycznych, które w ostatnich latach kilkakrotnie się zmieniały. Osoby "
                "pracujące na zmiany lub słabo jeszcze mówiące po włosku rzadziej uczestniczą w "
                "paktach, a brakuje oceny ich wpływu na relacje sąsiedzkie.</p>"
            ),
            "next_actions": (
                "<ul><li>Bolonia wspólnie z realizatorami przetestuje wspólną usługę szukania "
                "mieszkań dla osób opuszczających SAI.</li><li>Wzór paktu zostanie "
                "przetłumaczony na angielski, arabski, bengalski i urdu oraz będzie "
                "przedstawiany w wieczornych punktach informacyjnych w "
                "dzielnicach.</li><li>Miasta partnerskie zbiorą własne kryteria wyboru mieszkań, "
                "aby porównać je podczas czerwcowej wizyty w Salonikach.</li></ul>"
            ),
            "transferability": (
                "<p>Model rozproszony można przenieść także tam, gdzie system krajowy wygląda "
                "inaczej: ważne, by miasto zachowało koordynację i ustaliło jasne limity liczby "
                "osób w jednym budynku. Dla Gdańska i innych miast, które przyjmują głównie "
                "osoby przybywające do pracy, mieszkanie i wsparcie w dochodzeniu do "
                "samodzielności są równie istotne.</p><p>Pakty współpracy wymagają natomiast "
                "podstawy prawnej. Miasto może zacząć od pilotażu w jednej dzielnicy, "
                "jednostronicowego wzoru porozumienia i osoby kontaktowej, zanim przyjmie ogólny "
                "regulamin.</p>"
            ),
            "authors": (
                "Chiara Morandi (Miasto Bolonia), Luca Ferri (Portici Aperti), we współpracy z "
                "zespołem koordynującym Miasta Gdańska"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "Grupa osób w maseczkach idzie pod arkadami jednej z ulic dzielnicy "
                        "Bolognina."
                    ),
                    "caption": (
                        "Spacer po dzielnicy Bolognina prowadzony przez jej młodych mieszkańców."
                    ),
                    "credit": "Fot. Portici Aperti",
                },
                {
                    "alt_text": (
                        "Dorośli siedzący w ławkach w sali lekcyjnej słuchają nauczycielki "
                        "stojącej przy tablicy."
                    ),
                    "caption": (
                        "Otwarta lekcja włoskiego w Metropolitalnym Centrum Edukacji Dorosłych w "
                        "Bolonii."
                    ),
                    "credit": "Fot. Miasto Bolonia",
                },
                {
                    "alt_text": (
                        "Osoby w różnym wieku siedzą przy stole na świeżym powietrzu wśród "
                        "grządek ogrodu."
                    ),
                    "caption": (
                        "Spotkanie ze stowarzyszeniami i mieszkańcami we wspólnym ogrodzie w "
                        "dzielnicy Navile."
                    ),
                    "credit": "Fot. Miasto Bolonia",
                },
            ],
        },
    },
    "practices": [
        {
            "start_date": "2017-01-01",
            "end_date": None,
            "status": "regular",
            "people_reached": 1200,
            "contact_email": "accoglienza@bologna.example.org",
            "thematic_areas": ["housing", "social-assistance", "employment", "education"],
            "target_groups": ["refugees", "families", "newcomers"],
            "image": {
                "motif": "kitchen",
            },
            "it": {
                "slug": "accoglienza-diffusa-in-appartamento",
                "title": "Accoglienza diffusa: piccoli appartamenti in tutta la città",
                "summary": (
                    "A Bologna i richiedenti asilo e i rifugiati della rete SAI non vivono in "
                    "grandi centri, ma in appartamenti da quattro-sei persone o in alloggi per "
                    "famiglie, distribuiti nei quartieri della città e dell'area metropolitana. "
                    "Ogni casa è seguita da un'équipe di una cooperativa sociale e ogni persona "
                    "ha un progetto individuale: lingua italiana, salute, documenti, formazione, "
                    "tirocinio e ricerca di una casa propria. L'articolo spiega come l'ente "
                    "pubblico coordina la rete dei gestori, come si lavora con i vicini e con i "
                    "proprietari, quali risultati sono stati raggiunti e come un'altra città può "
                    "avviare un modello simile."
                ),
                "implementing_organisation": (
                    "ASP Città di Bologna, per conto del Comune di Bologna"
                ),
                "partners": (
                    "Cooperative sociali e associazioni del territorio che gestiscono gli "
                    "appartamenti (tra cui Portici Aperti), CPIA metropolitano di Bologna, "
                    "Azienda USL di Bologna, centri per l'impiego, sindacati degli inquilini e "
                    "agenzie per l'affitto."
                ),
                "purpose": (
                    "<p>I grandi centri collettivi isolano le persone, concentrano le tensioni "
                    "in un solo luogo e rallentano l'apprendimento della lingua. Bologna ha "
                    "scelto di distribuire l'accoglienza in piccoli numeri, perché chi vive in "
                    "un condominio qualunque fa la spesa nei negozi del quartiere, manda i figli "
                    "nella scuola vicina e incontra ogni giorno i vicini.</p><p>L'obiettivo non "
                    "è solo offrire un tetto, ma accompagnare ogni persona, nei mesi di "
                    "permanenza nel progetto, fino a un lavoro e a una casa propria.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Un ente pubblico, molti gestori</h3><p>Il Comune è titolare del "
                            "progetto SAI; ASP Città di Bologna lo coordina e seleziona, con "
                            "procedure pubbliche, le cooperative e le associazioni che "
                            "gestiscono gli appartamenti. Tutti i gestori seguono le stesse "
                            "linee guida, usano la stessa cartella sociale e partecipano a "
                            "riunioni mensili di coordinamento.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Le case</h3><p>Gli alloggi sono appartamenti presi in affitto "
                            "sul mercato privato o messi a disposizione da enti pubblici e "
                            "religiosi, per quattro-sei adulti o per un nucleo familiare. Gli "
                            "operatori scelgono zone diverse per evitare concentrazioni e si "
                            "presentano ai vicini e all'amministratore di condominio prima "
                            "dell'arrivo degli ospiti.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Il progetto individuale</h3><ul><li>Nelle prime settimane: "
                            "documenti, iscrizione anagrafica, medico di base e corso di "
                            "italiano al CPIA.</li><li>Nei mesi successivi: bilancio delle "
                            "competenze, formazione professionale e tirocinio in "
                            "azienda.</li><li>Verso l'uscita: ricerca della casa con un "
                            "operatore dedicato all'abitare e, quando serve, un contributo per "
                            "la caparra.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "All'inizio pensavo di dover solo imparare la lingua. Invece la "
                                "cosa più importante è stata abitare in un palazzo normale: la "
                                "signora del piano di sopra mi ha aiutato a trovare il primo "
                                "lavoro, in una pasticceria."
                            ),
                            "attribution": (
                                "Ibrahim, ex ospite di un appartamento SAI, oggi aiuto pasticciere"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Da sapere",
                            "text": (
                                "<p>Il progetto non sceglie le persone accolte: le assegna il "
                                "Servizio centrale nazionale del SAI. Per questo servono "
                                "appartamenti adatti a situazioni diverse, dalle famiglie con "
                                "bambini alle persone con problemi di salute.</p>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "In sintesi",
                            "figures": [
                                {
                                    "value": "4–6",
                                    "label": "persone per appartamento, di norma",
                                    "year": 2021,
                                    "source": "Dati indicativi del progetto",
                                },
                                {
                                    "value": "6 su 6",
                                    "label": "quartieri della città con almeno un appartamento",
                                    "year": 2021,
                                    "source": "Dati indicativi del progetto",
                                },
                                {
                                    "value": "1.200",
                                    "label": "persone accolte dal 2017 (stima indicativa)",
                                    "year": 2021,
                                    "source": "Stima del progetto",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Gli operatori osservano che le persone accolte in appartamento "
                            "imparano l'italiano più in fretta e trovano più spesso un tirocinio "
                            "grazie alle conoscenze fatte nel quartiere. I conflitti con il "
                            "vicinato sono rari e, quando nascono, si risolvono con la "
                            "mediazione dell'équipe e dell'amministratore di "
                            "condominio.</p><p>Il punto più difficile resta l'uscita: con "
                            "affitti in forte aumento, trovare una casa a un prezzo sostenibile "
                            "richiede mesi anche a chi ha un contratto di lavoro.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Temevo le lamentele dei condòmini. In tre anni ho ricevuto una "
                                "sola segnalazione, per una bicicletta lasciata nell'androne."
                            ),
                            "attribution": (
                                "Paola, amministratrice di condominio nel quartiere Navile"
                            ),
                        },
                    },
                ],
                "evaluation": (
                    "<p>Il progetto è monitorato attraverso la banca dati nazionale del SAI e "
                    "con relazioni semestrali di ogni gestore. Ogni anno ASP organizza un "
                    "incontro di verifica con gli enti gestori e, dal 2020, raccoglie il parere "
                    "delle persone accolte con brevi interviste al momento dell'uscita.</p><p>Le "
                    "verifiche interne indicano buoni risultati per la lingua e l'inserimento "
                    "lavorativo. Vanno invece migliorati la raccolta di informazioni sul "
                    "percorso delle persone dopo l'uscita e il coordinamento con i servizi "
                    "comunali per la casa.</p>"
                ),
                "beneficiaries": (
                    "Richiedenti asilo, titolari di protezione internazionale e altre persone "
                    "inviate dal Servizio centrale del SAI: uomini e donne soli, famiglie con "
                    "figli, neomaggiorenni provenienti dai progetti per minori non accompagnati."
                ),
                "funding": (
                    "<p>La spesa principale è coperta dal Fondo nazionale per le politiche e i "
                    "servizi dell'asilo del Ministero dell'Interno, che finanzia i progetti SAI "
                    "su base pluriennale; il Comune contribuisce con una quota di "
                    "cofinanziamento, con personale e con servizi. Formazione e inserimento "
                    "lavorativo usano anche fondi regionali ed europei, come il Fondo sociale "
                    "europeo e il FAMI.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Mappare gli alloggi disponibili in tutta la città, coinvolgendo "
                    "proprietari privati, enti pubblici e istituzioni religiose, e fissare un "
                    "numero massimo di persone per edificio.</li><li>Affidare il coordinamento a "
                    "un unico ente pubblico che scriva linee guida comuni e controlli la "
                    "qualità.</li><li>Selezionare i gestori con bandi trasparenti che premino il "
                    "radicamento nel territorio e la capacità di lavorare con i servizi "
                    "pubblici.</li><li>Presentare il progetto ai vicini e agli amministratori di "
                    "condominio prima degli arrivi, lasciando un numero di telefono dell'équipe "
                    "sempre raggiungibile.</li><li>Costruire per ogni persona un progetto "
                    "individuale con tappe chiare: lingua, salute, formazione, lavoro, "
                    "casa.</li><li>Prevedere fin dall'inizio un servizio dedicato alla ricerca "
                    "della casa in uscita e un piccolo fondo per caparre e garanzie.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Rete SAI – Sistema di accoglienza e integrazione",
                        "url": "https://www.retesai.it/",
                    },
                    {
                        "title": "ASP Città di Bologna",
                        "url": "https://www.aspbologna.it/",
                    },
                ],
                "contact_name": "Marco Zanetti",
            },
            "en": {
                "slug": "small-scale-reception-in-apartments",
                "title": "Dispersed reception: small apartments across the city",
                "summary": (
                    "In Bologna, asylum seekers and refugees in the SAI network do not live in "
                    "large centres but in apartments for four to six people or in family flats "
                    "spread across the districts of the city and the metropolitan area. Each "
                    "home is followed by a team from a social cooperative, and each person has "
                    "an individual plan: Italian, health, documents, training, a work placement "
                    "and the search for a home of their own. The article explains how the public "
                    "body coordinates the network of providers, how the teams work with "
                    "neighbours and landlords, what has been achieved and how another city can "
                    "start a similar model."
                ),
                "implementing_organisation": (
                    "ASP Città di Bologna, on behalf of the City of Bologna"
                ),
                "partners": (
                    "Local social cooperatives and associations running the apartments "
                    "(including Portici Aperti), the Metropolitan Adult Education Centre (CPIA) "
                    "of Bologna, the Bologna local health authority (AUSL), job centres, "
                    "tenants' unions and rental agencies."
                ),
                "purpose": (
                    "<p>Large collective centres isolate people, concentrate tensions in one "
                    "place and slow down language learning. Bologna chose to spread reception in "
                    "small numbers, because someone who lives in an ordinary block of flats "
                    "shops in the neighbourhood, sends the children to the nearby school and "
                    "meets the neighbours every day.</p><p>The aim is not only to provide a roof "
                    "but to accompany each person, during the months spent in the project, all "
                    "the way to a job and a home of their own.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>One public body, many providers</h3><p>The city holds the SAI "
                            "project; ASP Città di Bologna coordinates it and selects, through "
                            "public procedures, the cooperatives and associations that run the "
                            "apartments. All providers follow the same guidelines, use the same "
                            "case file and attend monthly coordination meetings.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>The homes</h3><p>The homes are apartments rented on the private "
                            "market or made available by public and religious bodies, for four "
                            "to six adults or for one family. The teams choose different areas "
                            "to avoid concentration and introduce themselves to the neighbours "
                            "and the building manager before the guests arrive.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>The individual plan</h3><ul><li>In the first weeks: documents, "
                            "registration with the city, a family doctor and an Italian course "
                            "at the CPIA.</li><li>In the following months: a skills assessment, "
                            "vocational training and a work placement in a "
                            "company.</li><li>Towards the exit: a search for a home with a "
                            "housing worker and, where needed, a contribution towards the "
                            "deposit.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "At first I thought I only had to learn the language. But the "
                                "most important thing was living in an ordinary building: the "
                                "lady upstairs helped me find my first job, in a pastry shop."
                            ),
                            "attribution": (
                                "Ibrahim, former resident of a SAI apartment, now a pastry "
                                "cook's assistant"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Good to know",
                            "text": (
                                "<p>The project does not choose whom it receives: people are "
                                "assigned by the national SAI Central Service. That is why "
                                "apartments suited to different situations are needed, from "
                                "families with children to people with health problems.</p>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "At a glance",
                            "figures": [
                                {
                                    "value": "4–6",
                                    "label": "people per apartment, as a rule",
                                    "year": 2021,
                                    "source": "Indicative project data",
                                },
                                {
                                    "value": "6 of 6",
                                    "label": "city districts with at least one apartment",
                                    "year": 2021,
                                    "source": "Indicative project data",
                                },
                                {
                                    "value": "1,200",
                                    "label": "people received since 2017 (indicative estimate)",
                                    "year": 2021,
                                    "source": "Project estimate",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The teams observe that people living in apartments learn Italian "
                            "faster and more often find a work placement through contacts made "
                            "in the neighbourhood. Conflicts with neighbours are rare and, when "
                            "they arise, are settled through mediation by the team and the "
                            "building manager.</p><p>The hardest part remains the exit: with "
                            "rents rising sharply, finding an affordable home takes months even "
                            "for people with a work contract.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "I was afraid the residents would complain. In three years I "
                                "have had a single report, about a bicycle left in the entrance "
                                "hall."
                            ),
                            "attribution": "Paola, building manager in the Navile district",
                        },
                    },
                ],
                "evaluation": (
                    "<p>The project is monitored through the national SAI database and "
                    "six-monthly reports from each provider. Every year ASP holds a review "
                    "meeting with the providers and, since 2020, it has asked the people "
                    "received for their views in short exit interviews.</p><p>Internal reviews "
                    "show good results for language and employment. What needs to improve is the "
                    "information on people's paths after they leave and the coordination with "
                    "the city's housing services.</p>"
                ),
                "beneficiaries": (
                    "Asylum seekers, holders of international protection and other people "
                    "referred by the SAI Central Service: single men and women, families with "
                    "children, and young adults coming from projects for unaccompanied minors."
                ),
                "funding": (
                    "<p>The main cost is covered by the Ministry of the Interior's National Fund "
                    "for Asylum Policies and Services, which finances SAI projects over several "
                    "years; the city contributes co-funding, staff and services. Training and "
                    "job placement also draw on regional and European funds, such as the "
                    "European Social Fund and the Asylum, Migration and Integration Fund.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Map the housing available across the whole city, involving private "
                    "landlords, public bodies and religious institutions, and set a maximum "
                    "number of people per building.</li><li>Give the coordination to a single "
                    "public body that writes common guidelines and checks "
                    "quality.</li><li>Select providers through transparent calls that reward "
                    "local roots and the ability to work with public services.</li><li>Introduce "
                    "the project to neighbours and building managers before people arrive, "
                    "leaving a team phone number that can always be reached.</li><li>Build an "
                    "individual plan for each person with clear stages: language, health, "
                    "training, work, housing.</li><li>Plan from the start a service that helps "
                    "people find a home when they leave, and a small fund for deposits and "
                    "guarantees.</li></ol>"
                ),
                "links": [
                    {
                        "title": "SAI network – Reception and Integration System",
                        "url": "https://www.retesai.it/",
                    },
                    {
                        "title": "ASP Città di Bologna",
                        "url": "https://www.aspbologna.it/",
                    },
                ],
                "contact_name": "Marco Zanetti",
            },
            "pl": {
                "slug": "rozproszone-przyjmowanie-w-mieszkaniach",
                "title": "Rozproszone przyjmowanie: małe mieszkania w całym mieście",
                "summary": (
                    "W Bolonii osoby ubiegające się o ochronę i uchodźcy objęci siecią SAI nie "
                    "mieszkają w dużych ośrodkach, lecz w mieszkaniach dla czterech–sześciu osób "
                    "lub w mieszkaniach rodzinnych rozproszonych po dzielnicach miasta i obszaru "
                    "metropolitalnego. Każdym mieszkaniem opiekuje się zespół spółdzielni "
                    "socjalnej, a każda osoba ma indywidualny plan: język włoski, zdrowie, "
                    "dokumenty, szkolenia, staż i szukanie własnego mieszkania. Artykuł "
                    "wyjaśnia, jak instytucja publiczna koordynuje sieć realizatorów, jak "
                    "pracuje się z sąsiadami i właścicielami mieszkań, co udało się osiągnąć i "
                    "jak inne miasto może wprowadzić podobny model."
                ),
                "implementing_organisation": "ASP Città di Bologna w imieniu Miasta Bolonia",
                "partners": (
                    "Lokalne spółdzielnie socjalne i stowarzyszenia prowadzące mieszkania (w tym "
                    "Portici Aperti), Metropolitalne Centrum Edukacji Dorosłych (CPIA) w "
                    "Bolonii, lokalny zarząd opieki zdrowotnej (AUSL), urzędy pracy, związki "
                    "lokatorów i agencje najmu."
                ),
                "purpose": (
                    "<p>Duże ośrodki zbiorowe izolują ludzi, skupiają napięcia w jednym miejscu "
                    "i spowalniają naukę języka. Bolonia postanowiła rozpraszać przyjmowanie w "
                    "małych grupach, ponieważ ktoś, kto mieszka w zwykłym bloku, robi zakupy w "
                    "osiedlowych sklepach, posyła dzieci do pobliskiej szkoły i codziennie "
                    "spotyka sąsiadów.</p><p>Celem jest nie tylko zapewnienie dachu nad głową, "
                    "ale towarzyszenie każdej osobie przez miesiące pobytu w projekcie aż do "
                    "pracy i własnego mieszkania.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Jedna instytucja publiczna, wielu realizatorów</h3><p>Projekt "
                            "SAI należy do miasta; koordynuje go ASP Città di Bologna, która w "
                            "procedurach publicznych wybiera spółdzielnie i stowarzyszenia "
                            "prowadzące mieszkania. Wszyscy realizatorzy stosują te same "
                            "wytyczne, korzystają z tej samej dokumentacji i co miesiąc "
                            "spotykają się na naradach koordynacyjnych.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Mieszkania</h3><p>Są to mieszkania wynajmowane na rynku "
                            "prywatnym lub udostępniane przez instytucje publiczne i kościelne, "
                            "dla czterech–sześciu dorosłych albo dla jednej rodziny. Zespoły "
                            "wybierają różne okolice, żeby uniknąć koncentracji, i przed "
                            "przyjazdem mieszkańców przedstawiają się sąsiadom oraz zarządcy "
                            "budynku.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Indywidualny plan</h3><ul><li>W pierwszych tygodniach: "
                            "dokumenty, meldunek, lekarz rodzinny i kurs włoskiego w "
                            "CPIA.</li><li>W kolejnych miesiącach: bilans kompetencji, szkolenie "
                            "zawodowe i staż w firmie.</li><li>Przed wyjściem z projektu: "
                            "szukanie mieszkania z pomocą specjalisty ds. mieszkaniowych i, w "
                            "razie potrzeby, dopłata do kaucji.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Na początku myślałem, że muszę tylko nauczyć się języka. A "
                                "najważniejsze okazało się mieszkanie w zwykłym bloku: sąsiadka "
                                "z góry pomogła mi znaleźć pierwszą pracę, w cukierni."
                            ),
                            "attribution": (
                                "Ibrahim, były mieszkaniec mieszkania SAI, dziś pomocnik "
                                "cukiernika"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Warto wiedzieć",
                            "text": (
                                "<p>Projekt nie wybiera, kogo przyjmuje: osoby kieruje krajowa "
                                "Służba Centralna SAI. Dlatego potrzebne są mieszkania "
                                "odpowiednie do różnych sytuacji, od rodzin z dziećmi po osoby z "
                                "problemami zdrowotnymi.</p>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "W skrócie",
                            "figures": [
                                {
                                    "value": "4–6",
                                    "label": "osób w jednym mieszkaniu, zazwyczaj",
                                    "year": 2021,
                                    "source": "Orientacyjne dane projektu",
                                },
                                {
                                    "value": "6 z 6",
                                    "label": "dzielnic miasta z co najmniej jednym mieszkaniem",
                                    "year": 2021,
                                    "source": "Orientacyjne dane projektu",
                                },
                                {
                                    "value": "1200",
                                    "label": "osób przyjętych od 2017 r. (szacunek orientacyjny)",
                                    "year": 2021,
                                    "source": "Szacunek projektu",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Zespoły zauważają, że osoby mieszkające w mieszkaniach szybciej "
                            "uczą się włoskiego i częściej znajdują staż dzięki znajomościom "
                            "zawartym w okolicy. Konflikty z sąsiadami są rzadkie, a gdy się "
                            "pojawiają, rozwiązuje je mediacja zespołu i zarządcy "
                            "budynku.</p><p>Najtrudniejszy pozostaje moment wyjścia z projektu: "
                            "przy szybko rosnących czynszach znalezienie mieszkania w "
                            "przystępnej cenie zajmuje miesiące nawet osobom z umową o "
                            "pracę.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Bałam się skarg mieszkańców. Przez trzy lata dostałam jedno "
                                "zgłoszenie – o rower zostawiony na klatce schodowej."
                            ),
                            "attribution": "Paola, zarządczyni budynku w dzielnicy Navile",
                        },
                    },
                ],
                "evaluation": (
                    "<p>Projekt jest monitorowany za pomocą krajowej bazy danych SAI i "
                    "półrocznych sprawozdań każdego realizatora. Co roku ASP organizuje "
                    "spotkanie podsumowujące z realizatorami, a od 2020 r. pyta osoby przyjęte o "
                    "zdanie w krótkich wywiadach przy wyjściu z projektu.</p><p>Wewnętrzne "
                    "przeglądy wskazują na dobre wyniki w nauce języka i wejściu na rynek pracy. "
                    "Poprawy wymaga zbieranie informacji o losach osób po wyjściu z projektu i "
                    "koordynacja z miejskimi służbami mieszkaniowymi.</p>"
                ),
                "beneficiaries": (
                    "Osoby ubiegające się o ochronę międzynarodową, osoby nią objęte i inne "
                    "osoby skierowane przez Służbę Centralną SAI: samotni mężczyźni i kobiety, "
                    "rodziny z dziećmi oraz młodzi dorośli z projektów dla małoletnich bez "
                    "opieki."
                ),
                "funding": (
                    "<p>Główne koszty pokrywa Krajowy Fundusz na rzecz Polityki i Usług "
                    "Azylowych Ministerstwa Spraw Wewnętrznych, który finansuje projekty SAI w "
                    "cyklu wieloletnim; miasto wnosi wkład własny, personel i usługi. Szkolenia "
                    "i aktywizacja zawodowa korzystają także z funduszy regionalnych i "
                    "europejskich, takich jak Europejski Fundusz Społeczny i Fundusz Azylu, "
                    "Migracji i Integracji.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Zmapować dostępne mieszkania w całym mieście, angażując prywatnych "
                    "właścicieli, instytucje publiczne i kościelne, i ustalić maksymalną liczbę "
                    "osób w jednym budynku.</li><li>Powierzyć koordynację jednej instytucji "
                    "publicznej, która napisze wspólne wytyczne i będzie kontrolować "
                    "jakość.</li><li>Wybierać realizatorów w przejrzystych konkursach, które "
                    "premiują zakorzenienie w okolicy i umiejętność współpracy ze służbami "
                    "publicznymi.</li><li>Przedstawić projekt sąsiadom i zarządcom budynków "
                    "przed przyjazdem mieszkańców i zostawić numer telefonu zespołu, pod którym "
                    "zawsze ktoś odbiera.</li><li>Opracować dla każdej osoby indywidualny plan z "
                    "wyraźnymi etapami: język, zdrowie, szkolenie, praca, mieszkanie.</li><li>Od "
                    "początku zaplanować usługę pomagającą znaleźć mieszkanie po wyjściu z "
                    "projektu oraz niewielki fundusz na kaucje i poręczenia.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Sieć SAI – System przyjmowania i integracji",
                        "url": "https://www.retesai.it/",
                    },
                    {
                        "title": "ASP Città di Bologna",
                        "url": "https://www.aspbologna.it/",
                    },
                ],
                "contact_name": "Marco Zanetti",
            },
        },
        {
            "start_date": "2014-05-19",
            "end_date": None,
            "status": "regular",
            "people_reached": 2500,
            "contact_email": "patti@bologna.example.org",
            "thematic_areas": ["local-communities", "culture", "communication"],
            "target_groups": ["residents", "newcomers", "children-youth"],
            "image": {
                "motif": "garden",
            },
            "it": {
                "slug": "patti-di-collaborazione-interculturali",
                "title": (
                    "Patti di collaborazione: residenti vecchi e nuovi si prendono cura della "
                    "città"
                ),
                "summary": (
                    "Dal 2014 Bologna ha un regolamento che permette a chiunque viva in città, "
                    "singolo cittadino, gruppo informale o associazione, di proporre al Comune "
                    "un patto di collaborazione per curare un giardino, animare una piazza o "
                    "riaprire uno spazio dimenticato. Molti patti sono nati da associazioni di "
                    "persone migranti o da gruppi misti di vicini: orti condivisi, doposcuola, "
                    "feste di cortile, tavoli di conversazione in italiano. L'articolo descrive "
                    "come funziona lo strumento, come i quartieri aiutano i nuovi residenti a "
                    "usarlo, che cosa è cambiato nei quartieri e quali passi servono per "
                    "introdurlo altrove."
                ),
                "implementing_organisation": (
                    "Comune di Bologna – Ufficio Cittadinanza attiva e i sei quartieri"
                ),
                "partners": (
                    "Fondazione per l'Innovazione Urbana, Centro interculturale Massimo "
                    "Zonarelli, associazioni di persone migranti, biblioteche di quartiere, "
                    "scuole, gruppi informali di residenti, Portici Aperti."
                ),
                "purpose": (
                    "<p>Molte persone arrivate da poco vogliono contribuire alla vita del "
                    "quartiere, ma non sanno a chi rivolgersi e temono la burocrazia. Allo "
                    "stesso tempo il Comune, da solo, non riesce a curare ogni aiuola, cortile o "
                    "sala civica.</p><p>Il patto di collaborazione trasforma questa "
                    "disponibilità in un accordo semplice e riconosciuto: il gruppo si impegna "
                    "in un'attività, il Comune offre spazi, materiali, copertura assicurativa e "
                    "visibilità. Per chi è arrivato da poco è spesso il primo rapporto con "
                    "l'amministrazione che non riguarda un permesso o un sussidio.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Dalla proposta al patto</h3><p>Chiunque può presentare una "
                            "proposta online o allo sportello del quartiere. Un funzionario la "
                            "esamina con il gruppo, ne verifica la fattibilità con gli uffici "
                            "tecnici e, di solito entro poche settimane, si firma il patto: un "
                            "documento di due o tre pagine che dice chi fa che cosa, per quanto "
                            "tempo e con quali risorse.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Un accompagnamento per chi parte da zero</h3><p>Per i gruppi di "
                            "nuovi residenti, il quartiere e il Centro interculturale Zonarelli "
                            "offrono un accompagnamento: aiuto nella compilazione, traduzione "
                            "dei documenti principali, un incontro di presentazione con gli "
                            "altri patti della zona. I laboratori di quartiere della Fondazione "
                            "per l'Innovazione Urbana raccolgono idee nelle assemblee pubbliche "
                            "e le aiutano a diventare proposte.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Alcuni esempi</h3><ul><li>Un orto condiviso in un parco del "
                            "Navile, curato da famiglie italiane, bangladesi e "
                            "marocchine.</li><li>Un doposcuola in una sala di quartiere, gestito "
                            "da studenti universitari e da madri di diverse "
                            "provenienze.</li><li>Tavoli settimanali di conversazione in "
                            "italiano in una biblioteca di quartiere.</li><li>Una festa di "
                            "cortile annuale in un complesso di case popolari, organizzata dal "
                            "comitato degli inquilini con un'associazione di donne "
                            "migranti.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Con il patto abbiamo smesso di essere ospiti del giardino: ora "
                                "le chiavi del capanno degli attrezzi le abbiamo anche noi, e i "
                                "vicini ci chiedono consigli sulle piantine di peperoncino."
                            ),
                            "attribution": "Nasreen, coordinatrice dell'orto condiviso del Navile",
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "In sintesi",
                            "figures": [
                                {
                                    "value": "2014",
                                    "label": (
                                        "anno di approvazione del regolamento sui beni comuni"
                                    ),
                                    "year": 2014,
                                    "source": "Comune di Bologna",
                                },
                                {
                                    "value": "Centinaia",
                                    "label": "patti firmati in città dall'avvio del regolamento",
                                    "year": 2021,
                                    "source": "Comune di Bologna",
                                },
                                {
                                    "value": "2.500",
                                    "label": (
                                        "persone coinvolte nei patti interculturali (stima "
                                        "indicativa)"
                                    ),
                                    "year": 2021,
                                    "source": "Stima del progetto",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>I patti con una componente interculturale sono ancora una "
                            "piccola parte del totale, ma sono cresciuti negli ultimi anni. "
                            "Secondo i referenti dei quartieri, i gruppi misti tendono a durare "
                            "più a lungo degli altri, perché rispondono a bisogni quotidiani "
                            "come uno spazio per i bambini o un orto.</p><p>Diversi partecipanti "
                            "arrivati da poco sono poi entrati nei comitati di quartiere, e "
                            "alcune associazioni di migranti hanno usato il primo patto come "
                            "referenza per partecipare a bandi comunali.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Ogni patto prevede un breve resoconto finale; il Comune pubblica i patti "
                    "attivi e ne discute l'andamento nelle assemblee di quartiere. Una "
                    "valutazione sistematica dell'effetto sull'integrazione non esiste ancora: i "
                    "dati raccolti riguardano soprattutto il numero di patti e di partecipanti, "
                    "non la qualità delle relazioni che nascono.</p><p>I gruppi di migranti "
                    "segnalano due ostacoli: il linguaggio dei moduli e gli orari degli uffici, "
                    "poco compatibili con chi lavora su turni.</p>"
                ),
                "beneficiaries": (
                    "Residenti dei quartieri, di vecchia e di nuova residenza; associazioni di "
                    "persone migranti; bambini e ragazzi che frequentano doposcuola, orti e "
                    "biblioteche."
                ),
                "funding": (
                    "<p>Il patto in sé costa poco: il Comune mette a disposizione spazi, "
                    "attrezzi, materiali e assicurazione, mentre il lavoro è volontario. I "
                    "quartieri hanno piccoli budget per sostenere i patti e il bilancio "
                    "partecipativo ha finanziato alcune proposte più grandi. Il costo principale "
                    "è il tempo del personale che accompagna i gruppi.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Approvare un regolamento comunale che riconosca a tutti gli "
                    "abitanti, senza requisiti di cittadinanza, il diritto di proporre attività "
                    "di cura dei beni comuni.</li><li>Preparare un modello di patto breve, in "
                    "linguaggio semplice, tradotto nelle lingue più parlate in "
                    "città.</li><li>Nominare in ogni quartiere una persona di riferimento che "
                    "accompagni i gruppi dalla proposta alla firma.</li><li>Coinvolgere fin "
                    "dall'inizio le associazioni di migranti e i centri interculturali come "
                    "ponte verso i nuovi residenti.</li><li>Garantire una copertura assicurativa "
                    "per i volontari e un piccolo budget per i materiali.</li><li>Rendere "
                    "pubblici i patti e festeggiarli, per esempio con un incontro annuale in cui "
                    "i gruppi presentano il proprio lavoro.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Fondazione per l'Innovazione Urbana",
                        "url": "https://www.fondazioneinnovazioneurbana.it/",
                    },
                    {
                        "title": "Comune di Bologna",
                        "url": "https://www.comune.bologna.it/",
                    },
                ],
                "contact_name": "Giulia Benassi",
            },
            "en": {
                "slug": "collaboration-pacts",
                "title": (
                    "Collaboration pacts: long-standing and new residents look after the city"
                ),
                "summary": (
                    "Since 2014 Bologna has had a regulation that allows anyone living in the "
                    "city, an individual, an informal group or an association, to propose a "
                    "collaboration pact to the city to look after a garden, bring life to a "
                    "square or reopen a forgotten space. Many pacts have come from migrant "
                    "associations or mixed groups of neighbours: shared vegetable gardens, "
                    "homework clubs, courtyard parties, Italian conversation tables. The article "
                    "describes how the tool works, how the districts help newcomers to use it, "
                    "what has changed in the neighbourhoods and which steps are needed to "
                    "introduce it elsewhere."
                ),
                "implementing_organisation": (
                    "City of Bologna – Active Citizenship Office and the six districts"
                ),
                "partners": (
                    "Foundation for Urban Innovation, Massimo Zonarelli Intercultural Centre, "
                    "migrant associations, neighbourhood libraries, schools, informal groups of "
                    "residents, Portici Aperti."
                ),
                "purpose": (
                    "<p>Many newcomers want to contribute to the life of their neighbourhood but "
                    "do not know whom to turn to and fear the paperwork. At the same time, the "
                    "city cannot look after every flower bed, courtyard or community hall on its "
                    "own.</p><p>The collaboration pact turns this willingness into a simple, "
                    "recognised agreement: the group commits to an activity, and the city "
                    "provides space, materials, insurance cover and visibility. For newcomers it "
                    "is often the first contact with the administration that is not about a "
                    "permit or a benefit.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>From proposal to pact</h3><p>Anyone can submit a proposal "
                            "online or at the district office. An official reviews it with the "
                            "group, checks its feasibility with the technical departments and, "
                            "usually within a few weeks, the pact is signed: a document of two "
                            "or three pages stating who does what, for how long and with which "
                            "resources.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Support for those starting from scratch</h3><p>For groups of "
                            "newcomers, the district and the Zonarelli Intercultural Centre "
                            "offer support: help with filling in forms, translation of the main "
                            "documents, and an introductory meeting with the other pacts in the "
                            "area. The neighbourhood labs of the Foundation for Urban Innovation "
                            "collect ideas at public assemblies and help turn them into "
                            "proposals.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Some examples</h3><ul><li>A shared vegetable garden in a park "
                            "in Navile, tended by Italian, Bangladeshi and Moroccan "
                            "families.</li><li>A homework club in a district hall, run by "
                            "university students and mothers of different "
                            "origins.</li><li>Weekly Italian conversation tables in a "
                            "neighbourhood library.</li><li>A yearly courtyard party in a social "
                            "housing estate, organised by the tenants' committee with an "
                            "association of migrant women.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "With the pact we stopped being guests in the garden: now we "
                                "have keys to the tool shed too, and the neighbours ask us for "
                                "advice on chilli seedlings."
                            ),
                            "attribution": "Nasreen, coordinator of the shared garden in Navile",
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "At a glance",
                            "figures": [
                                {
                                    "value": "2014",
                                    "label": "year the regulation on urban commons was adopted",
                                    "year": 2014,
                                    "source": "City of Bologna",
                                },
                                {
                                    "value": "Hundreds",
                                    "label": "pacts signed in the city since the regulation began",
                                    "year": 2021,
                                    "source": "City of Bologna",
                                },
                                {
                                    "value": "2,500",
                                    "label": (
                                        "people involved in intercultural pacts (indicative "
                                        "estimate)"
                                    ),
                                    "year": 2021,
                                    "source": "Project estimate",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Pacts with an intercultural element are still a small share of "
                            "the total, but they have grown in recent years. According to "
                            "district staff, mixed groups tend to last longer than others "
                            "because they meet everyday needs, such as a space for children or a "
                            "vegetable garden.</p><p>Several newcomers later joined "
                            "neighbourhood committees, and some migrant associations used their "
                            "first pact as a reference when applying for city grants.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Each pact ends with a short report; the city publishes the active pacts "
                    "and discusses how they are going at district assemblies. There is no "
                    "systematic evaluation of the effect on integration yet: the data collected "
                    "mostly concern the number of pacts and participants, not the quality of the "
                    "relationships that develop.</p><p>Migrant groups point to two obstacles: "
                    "the language of the forms and office opening hours that do not suit people "
                    "working shifts.</p>"
                ),
                "beneficiaries": (
                    "Long-standing and new residents of the districts; migrant associations; "
                    "children and young people attending homework clubs, gardens and libraries."
                ),
                "funding": (
                    "<p>The pact itself costs little: the city provides space, tools, materials "
                    "and insurance, while the work is voluntary. The districts have small "
                    "budgets to support pacts, and the participatory budget has funded some "
                    "larger proposals. The main cost is the staff time needed to support the "
                    "groups.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Adopt a city regulation that gives all inhabitants, with no "
                    "citizenship requirement, the right to propose activities to care for common "
                    "goods.</li><li>Prepare a short pact template in plain language, translated "
                    "into the languages most spoken in the city.</li><li>Appoint a contact "
                    "person in each district to guide groups from proposal to "
                    "signature.</li><li>Involve migrant associations and intercultural centres "
                    "from the start as a bridge to newcomers.</li><li>Provide insurance cover "
                    "for volunteers and a small budget for materials.</li><li>Make the pacts "
                    "public and celebrate them, for example with a yearly event where groups "
                    "present their work.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Foundation for Urban Innovation",
                        "url": "https://www.fondazioneinnovazioneurbana.it/",
                    },
                    {
                        "title": "City of Bologna",
                        "url": "https://www.comune.bologna.it/",
                    },
                ],
                "contact_name": "Giulia Benassi",
            },
            "pl": {
                "slug": "pakty-wspolpracy",
                "title": "Pakty współpracy: dawni i nowi mieszkańcy dbają o miasto",
                "summary": (
                    "Od 2014 r. Bolonia ma regulamin, który pozwala każdemu, kto mieszka w "
                    "mieście – osobie prywatnej, nieformalnej grupie lub stowarzyszeniu – "
                    "zaproponować miastu pakt współpracy, aby zadbać o ogród, ożywić plac lub "
                    "otworzyć na nowo zapomnianą przestrzeń. Wiele paktów zainicjowały "
                    "stowarzyszenia migrantów lub mieszane grupy sąsiadów: wspólne ogrody "
                    "warzywne, świetlice z pomocą w lekcjach, podwórkowe święta, stoliki do "
                    "rozmów po włosku. Artykuł opisuje, jak działa to narzędzie, jak dzielnice "
                    "pomagają nowym mieszkańcom z niego korzystać, co zmieniło się w okolicach i "
                    "jakie kroki są potrzebne, aby wprowadzić je gdzie indziej."
                ),
                "implementing_organisation": (
                    "Miasto Bolonia – Biuro Aktywnego Obywatelstwa i sześć dzielnic"
                ),
                "partners": (
                    "Fundacja na rzecz Innowacji Miejskich, Centrum Międzykulturowe im. Massima "
                    "Zonarellego, stowarzyszenia migrantów, biblioteki dzielnicowe, szkoły, "
                    "nieformalne grupy mieszkańców, Portici Aperti."
                ),
                "purpose": (
                    "<p>Wiele osób, które niedawno przyjechały, chce mieć swój wkład w życie "
                    "okolicy, ale nie wie, do kogo się zwrócić, i obawia się biurokracji. "
                    "Jednocześnie miasto nie jest w stanie samo zadbać o każdy klomb, podwórko "
                    "czy świetlicę.</p><p>Pakt współpracy zamienia tę gotowość w proste, uznane "
                    "porozumienie: grupa zobowiązuje się do działania, a miasto zapewnia "
                    "przestrzeń, materiały, ubezpieczenie i widoczność. Dla osób, które niedawno "
                    "przyjechały, jest to często pierwszy kontakt z urzędem, który nie dotyczy "
                    "zezwolenia ani zasiłku.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Od propozycji do paktu</h3><p>Każdy może złożyć propozycję "
                            "przez internet lub w biurze dzielnicy. Urzędnik omawia ją z grupą, "
                            "sprawdza jej wykonalność z działami technicznymi i zwykle w ciągu "
                            "kilku tygodni pakt zostaje podpisany: dokument na dwie–trzy strony, "
                            "który określa, kto co robi, jak długo i z jakimi zasobami.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Wsparcie dla zaczynających od zera</h3><p>Grupom nowych "
                            "mieszkańców dzielnica i Centrum Międzykulturowe Zonarelli "
                            "zapewniają wsparcie: pomoc w wypełnianiu formularzy, tłumaczenie "
                            "najważniejszych dokumentów i spotkanie zapoznawcze z innymi paktami "
                            "z okolicy. Laboratoria sąsiedzkie Fundacji na rzecz Innowacji "
                            "Miejskich zbierają pomysły na otwartych zebraniach i pomagają "
                            "przekształcić je w propozycje.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Kilka przykładów</h3><ul><li>Wspólny ogród warzywny w parku w "
                            "dzielnicy Navile, uprawiany przez rodziny włoskie, bangladeskie i "
                            "marokańskie.</li><li>Świetlica z pomocą w lekcjach w sali "
                            "dzielnicowej, prowadzona przez studentów i matki różnego "
                            "pochodzenia.</li><li>Cotygodniowe stoliki do rozmów po włosku w "
                            "bibliotece dzielnicowej.</li><li>Coroczne święto podwórka na "
                            "osiedlu mieszkań socjalnych, organizowane przez komitet lokatorów "
                            "ze stowarzyszeniem kobiet migrantek.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Dzięki paktowi przestaliśmy być w ogrodzie gośćmi: teraz też "
                                "mamy klucze do szopy na narzędzia, a sąsiedzi pytają nas o rady "
                                "w sprawie sadzonek papryczek chili."
                            ),
                            "attribution": (
                                "Nasreen, koordynatorka wspólnego ogrodu w dzielnicy Navile"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "W skrócie",
                            "figures": [
                                {
                                    "value": "2014",
                                    "label": "rok przyjęcia regulaminu dóbr wspólnych",
                                    "year": 2014,
                                    "source": "Miasto Bolonia",
                                },
                                {
                                    "value": "Setki",
                                    "label": "paktów podpisanych w mieście od wejścia regulaminu",
                                    "year": 2021,
                                    "source": "Miasto Bolonia",
                                },
                                {
                                    "value": "2500",
                                    "label": (
                                        "osób zaangażowanych w pakty międzykulturowe (szacunek "
                                        "orientacyjny)"
                                    ),
                                    "year": 2021,
                                    "source": "Szacunek projektu",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Pakty z elementem międzykulturowym to wciąż niewielka część "
                            "wszystkich, ale w ostatnich latach ich przybyło. Według pracowników "
                            "dzielnic grupy mieszane zwykle działają dłużej niż inne, bo "
                            "odpowiadają na codzienne potrzeby, takie jak miejsce dla dzieci czy "
                            "ogród warzywny.</p><p>Kilka osób, które niedawno przyjechały, "
                            "dołączyło później do komitetów dzielnicowych, a niektóre "
                            "stowarzyszenia migrantów wykorzystały pierwszy pakt jako referencję "
                            "w miejskich konkursach grantowych.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Każdy pakt kończy się krótkim sprawozdaniem; miasto publikuje aktywne "
                    "pakty i omawia ich przebieg na zebraniach dzielnic. Systematycznej oceny "
                    "wpływu na integrację jeszcze nie ma: zbierane dane dotyczą głównie liczby "
                    "paktów i uczestników, a nie jakości powstających relacji.</p><p>Grupy "
                    "migrantów wskazują dwie przeszkody: język formularzy i godziny pracy "
                    "urzędów, niedopasowane do osób pracujących na zmiany.</p>"
                ),
                "beneficiaries": (
                    "Dawni i nowi mieszkańcy dzielnic; stowarzyszenia migrantów; dzieci i "
                    "młodzież korzystające ze świetlic, ogrodów i bibliotek."
                ),
                "funding": (
                    "<p>Sam pakt kosztuje niewiele: miasto zapewnia przestrzeń, narzędzia, "
                    "materiały i ubezpieczenie, a praca jest wolontariacka. Dzielnice mają "
                    "niewielkie budżety na wspieranie paktów, a budżet partycypacyjny "
                    "sfinansował kilka większych propozycji. Głównym kosztem jest czas "
                    "pracowników, którzy towarzyszą grupom.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Przyjąć miejski regulamin, który daje wszystkim mieszkańcom, bez "
                    "wymogu obywatelstwa, prawo do proponowania działań na rzecz dóbr "
                    "wspólnych.</li><li>Przygotować krótki wzór paktu napisany prostym językiem "
                    "i przetłumaczony na języki najczęściej używane w mieście.</li><li>Wyznaczyć "
                    "w każdej dzielnicy osobę kontaktową, która poprowadzi grupy od propozycji "
                    "do podpisania.</li><li>Od początku angażować stowarzyszenia migrantów i "
                    "centra międzykulturowe jako pomost do nowych mieszkańców.</li><li>Zapewnić "
                    "wolontariuszom ubezpieczenie i niewielki budżet na "
                    "materiały.</li><li>Upubliczniać pakty i je świętować, na przykład podczas "
                    "corocznego spotkania, na którym grupy prezentują swoją pracę.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Fundacja na rzecz Innowacji Miejskich",
                        "url": "https://www.fondazioneinnovazioneurbana.it/",
                    },
                    {
                        "title": "Miasto Bolonia",
                        "url": "https://www.comune.bologna.it/",
                    },
                ],
                "contact_name": "Giulia Benassi",
            },
        },
    ],
}
