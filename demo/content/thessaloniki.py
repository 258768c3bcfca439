"""Thessaloniki: the city profile, the study-visit report and two practices, written in Greek
and translated into English and Polish."""

CITY = {
    "key": "thessaloniki",
    "language": "el",
    "translations": ["en", "pl"],
    "sample": True,
    "country": "GR",
    "latitude": "40.640063",
    "longitude": "22.944419",
    "colour": "#2c5d9f",
    "organisations": [
        {
            "key": "thessaloniki-social",
            "website": "https://thessaloniki.gr/",
            "el": {
                "name": "Δήμος Θεσσαλονίκης – Διεύθυνση Κοινωνικής Πολιτικής",
                "description": (
                    "Η υπηρεσία του Δήμου που είναι υπεύθυνη για τις κοινωνικές υπηρεσίες, το "
                    "Κέντρο Κοινότητας και το Κέντρο Ένταξης Μεταναστών, καθώς και για τα "
                    "προγράμματα στέγασης και ένταξης προσφύγων και μεταναστών, σε συνεργασία με "
                    "φορείς της πόλης και της μητροπολιτικής περιοχής."
                ),
            },
            "en": {
                "name": "Municipality of Thessaloniki – Social Policy Directorate",
                "description": (
                    "The municipal service responsible for social services, the Community Centre "
                    "and the Migrant Integration Centre, and for the housing and integration "
                    "programmes for refugees and migrants, in cooperation with organisations in "
                    "the city and the metropolitan area."
                ),
            },
            "pl": {
                "name": "Gmina Saloniki – Dyrekcja Polityki Społecznej",
                "description": (
                    "Służba gminy odpowiedzialna za usługi społeczne, Centrum Społeczne i "
                    "Centrum Integracji Migrantów oraz za programy mieszkaniowe i integracyjne "
                    "dla uchodźców i migrantów, we współpracy z instytucjami i organizacjami "
                    "miasta i obszaru metropolitalnego."
                ),
            },
        },
        {
            "key": "thessaloniki-stavrodromi",
            "website": "https://stavrodromi.example.org/",
            "el": {
                "name": "«Σταυροδρόμι» – Κοινωνική Συνεταιριστική Επιχείρηση",
                "description": (
                    "Κοινωνική συνεταιριστική επιχείρηση της Θεσσαλονίκης με μέλη Έλληνες και "
                    "πρόσφυγες, που προσφέρει διαπολιτισμική μεσολάβηση και διερμηνεία, βοηθά "
                    "νοικοκυριά να βρουν κατοικία και λειτουργεί εκπαιδευτική κουζίνα για "
                    "επαγγελματική κατάρτιση στην εστίαση."
                ),
            },
            "en": {
                "name": "Stavrodromi social cooperative enterprise",
                "description": (
                    "A Thessaloniki social cooperative enterprise whose members are Greeks and "
                    "refugees; it provides intercultural mediation and interpreting, helps "
                    "households find housing and runs a training kitchen for vocational training "
                    "in catering."
                ),
            },
            "pl": {
                "name": "Stavrodromi – spółdzielnia socjalna",
                "description": (
                    "Spółdzielnia socjalna z Salonik, której członkami są Grecy i uchodźcy; "
                    "zapewnia mediację międzykulturową i tłumaczenia, pomaga rodzinom znaleźć "
                    "mieszkanie i prowadzi kuchnię szkoleniową, w której można zdobyć zawód w "
                    "gastronomii."
                ),
            },
        },
    ],
    "profile": {
        "contact_email": "entaxi@thessaloniki.example.org",
        "contact_phone": "+30 2310 000 000",
        "website": "https://thessaloniki.gr/",
        "last_revised": "2021-12-15",
        "organisations": ["thessaloniki-social", "thessaloniki-stavrodromi"],
        "networks": ["eurocities", "solidarity-cities"],
        "policy_categories": ["reception", "social-rights", "civil-society"],
        "image": {
            "motif": "sea",
        },
        "el": {
            "slug": "thessaloniki",
            "title": "Θεσσαλονίκη",
            "tagline": "Μια πόλη-λιμάνι που διαμορφώθηκε από πολλές αφίξεις",
            "summary": (
                "Η Θεσσαλονίκη, η δεύτερη μεγαλύτερη πόλη της Ελλάδας, έχει περίπου 320.000 "
                "κατοίκους στον κεντρικό δήμο και πάνω από ένα εκατομμύριο στην ευρύτερη "
                "περιοχή. Η ιστορία της είναι ιστορία αφίξεων: από τους πρόσφυγες της Μικράς "
                "Ασίας τη δεκαετία του 1920 έως τους μετανάστες της δεκαετίας του 1990 και τους "
                "ανθρώπους που πέρασαν από τη Βόρεια Ελλάδα το 2015-2016. Ο Δήμος επέλεξε τη "
                "στέγαση σε διαμερίσματα μέσα στην πόλη αντί για καταυλισμούς και δημιούργησε "
                "δομές ένταξης με τη συμμετοχή των ίδιων των μεταναστών. Το προφίλ παρουσιάζει "
                "την πολιτική της πόλης, τους βασικούς φορείς και τους παράγοντες που τη "
                "στηρίζουν."
            ),
            "key_findings": (
                "<ol><li>Η στέγαση αιτούντων άσυλο σε ενοικιαζόμενα διαμερίσματα, με τον "
                "συντονισμό του Δήμου, έδειξε ότι μια μεγάλη πόλη μπορεί να αποφύγει τους "
                "καταυλισμούς ακόμη και σε περίοδο έκτακτης ανάγκης.</li><li>Το Κέντρο Ένταξης "
                "Μεταναστών συγκεντρώνει σε ένα σημείο πληροφόρηση, μαθήματα ελληνικών και "
                "διαπολιτισμική μεσολάβηση και συνδέει τους νεοαφιχθέντες με τις υπόλοιπες "
                "υπηρεσίες του Δήμου.</li><li>Το Συμβούλιο Ένταξης Μεταναστών δίνει στους "
                "μετανάστες θεσμική φωνή στον Δήμο, αλλά η επιρροή του εξαρτάται από την "
                "πολιτική βούληση να ακουστούν οι προτάσεις του.</li></ol>"
            ),
            "distinctive": (
                "<p>Η μνήμη της προσφυγιάς είναι μέρος της ταυτότητας της πόλης: μετά την "
                "ανταλλαγή πληθυσμών του 1923, περίπου οι μισοί κάτοικοι της Θεσσαλονίκης ήταν "
                "πρόσφυγες, και πολλές συνοικίες της ευρύτερης πόλης, όπως η Τούμπα και η "
                "Καλαμαριά, δημιουργήθηκαν τότε. Η πόλη κρατά επίσης τη μνήμη της μεγάλης "
                "εβραϊκής κοινότητάς της, που αφανίστηκε στο Ολοκαύτωμα.</p><p>Το 2015-2016 η "
                "Θεσσαλονίκη βρέθηκε κοντά στο κύριο πέρασμα της βαλκανικής διαδρομής, στην "
                "Ειδομένη, και μετά το κλείσιμο των συνόρων χιλιάδες άνθρωποι εγκλωβίστηκαν σε "
                "δομές γύρω από την πόλη. Η εμπειρία αυτή διαμόρφωσε την πολιτική του Δήμου.</p>"
            ),
            "policy_focus": (
                "<p>Η πολιτική του Δήμου εστιάζει στη στέγαση μέσα στην πόλη, στην πρόσβαση στις "
                "κοινωνικές υπηρεσίες και στην εκπαίδευση, καθώς και στη συμμετοχή. Από το 2017 "
                "ο Δήμος συντονίζει το πρόγραμμα REACT, που στεγάζει αιτούντες άσυλο σε "
                "διαμερίσματα στο πλαίσιο του ευρωπαϊκού προγράμματος ESTIA.</p><p>Το Κέντρο "
                "Κοινότητας και το Κέντρο Ένταξης Μεταναστών που λειτουργεί στο πλαίσιό του "
                "είναι η πρώτη πόρτα για τους νεοαφιχθέντες. Ο Δήμος συμμετέχει στα δίκτυα "
                "EUROCITIES και Solidarity Cities και συνεργάζεται με την Ύπατη Αρμοστεία του "
                "ΟΗΕ για τους Πρόσφυγες, τον Διεθνή Οργανισμό Μετανάστευσης και τοπικές "
                "οργανώσεις.</p>"
            ),
            "key_factors": (
                "<p><b>Πολιτική επιλογή από τη δημοτική αρχή.</b> Η δημοτική αρχή της περιόδου "
                "2015-2016 υποστήριξε δημόσια τη φιλοξενία μέσα στην πόλη, παρά τις αντιδράσεις, "
                "και έθεσε τα θεμέλια για τα σημερινά προγράμματα.</p><p><b>Εμπειρία "
                "συνεργασίας.</b> Ο Δήμος έμαθε να δουλεύει με διεθνείς οργανισμούς, γειτονικούς "
                "δήμους και μη κυβερνητικές οργανώσεις, μοιράζοντας ρόλους αντί να τους "
                "ανταγωνίζεται.</p><p><b>Εξάρτηση από εξωτερική χρηματοδότηση.</b> Τα "
                "περισσότερα προγράμματα χρηματοδοτούνται από ευρωπαϊκούς πόρους μικρής "
                "διάρκειας, κάτι που δυσκολεύει τον μακροπρόθεσμο σχεδιασμό και τη διατήρηση "
                "έμπειρου προσωπικού.</p>"
            ),
            "responsible_office": "Διεύθυνση Κοινωνικής Πολιτικής",
            "address": "Βασιλέως Γεωργίου Α΄ 1, 546 40 Θεσσαλονίκη",
            "contact_name": "Ελένη Παπαδοπούλου",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "320.000",
                    "label": "κάτοικοι του Δήμου Θεσσαλονίκης (περίπου)",
                    "year": 2021,
                    "source": "ΕΛΣΤΑΤ, Απογραφή 2021",
                },
                {
                    "measure": "wider_population",
                    "value": "1,1 εκατ.",
                    "label": "κάτοικοι της Περιφερειακής Ενότητας Θεσσαλονίκης (περίπου)",
                    "year": 2021,
                    "source": "ΕΛΣΤΑΤ, Απογραφή 2021",
                },
                {
                    "value": "≈ 50%",
                    "label": "πρόσφυγες στον πληθυσμό της πόλης μετά την ανταλλαγή πληθυσμών",
                    "year": 1928,
                    "source": "Απογραφή πληθυσμού 1928",
                },
            ],
            "statistics": [
                {
                    "title": "Φιλοξενούμενοι στο πρόγραμμα REACT στο τέλος κάθε έτους",
                    "description": (
                        "Ενδεικτικές, στρογγυλεμένες τιμές που δίνονται ως παράδειγμα της "
                        "εξέλιξης του προγράμματος· δεν αποτελούν επίσημα στοιχεία."
                    ),
                    "value_label": "Φιλοξενούμενοι (ενδεικτικές τιμές)",
                    "source": "Ενδεικτικές τιμές",
                    "data": [
                        {
                            "label": "2017",
                            "value": 800,
                        },
                        {
                            "label": "2018",
                            "value": 1100,
                        },
                        {
                            "label": "2019",
                            "value": 1300,
                        },
                        {
                            "label": "2020",
                            "value": 1100,
                        },
                        {
                            "label": "2021",
                            "value": 800,
                        },
                    ],
                },
            ],
        },
        "en": {
            "slug": "thessaloniki",
            "title": "Thessaloniki",
            "tagline": "A port city shaped by many arrivals",
            "summary": (
                "Thessaloniki, Greece's second-largest city, has about 320,000 inhabitants in "
                "the central municipality and more than a million in the wider area. Its history "
                "is a history of arrivals: from the refugees from Asia Minor in the 1920s to the "
                "migrants of the 1990s and the people who passed through Northern Greece in "
                "2015–2016. The municipality chose to house people in apartments in the city "
                "instead of camps and set up integration services in which migrants themselves "
                "take part. The profile presents the city's policy, the main actors and the "
                "factors that support it."
            ),
            "key_findings": (
                "<ol><li>Housing asylum seekers in rented apartments, coordinated by the "
                "municipality, showed that a large city can avoid camps even in an "
                "emergency.</li><li>The Migrant Integration Centre brings information, Greek "
                "lessons and intercultural mediation together in one place and connects "
                "newcomers with the municipality's other services.</li><li>The Migrant "
                "Integration Council gives migrants an institutional voice in the municipality, "
                "but its influence depends on the political will to listen to its "
                "proposals.</li></ol>"
            ),
            "distinctive": (
                "<p>The memory of being refugees is part of the city's identity: after the "
                "population exchange of 1923, about half of Thessaloniki's inhabitants were "
                "refugees, and many districts of the wider city, such as Toumba and Kalamaria, "
                "were founded at that time. The city also carries the memory of its large Jewish "
                "community, destroyed in the Holocaust.</p><p>In 2015–2016 Thessaloniki lay "
                "close to the main crossing point of the Balkan route, at Idomeni, and after the "
                "border closed thousands of people were stranded in facilities around the city. "
                "This experience shaped the municipality's policy.</p>"
            ),
            "policy_focus": (
                "<p>The municipality's policy focuses on housing within the city, access to "
                "social services and education, and participation. Since 2017 the municipality "
                "has coordinated the REACT programme, which houses asylum seekers in apartments "
                "as part of the European ESTIA programme.</p><p>The Community Centre and the "
                "Migrant Integration Centre that operates within it are the first door for "
                "newcomers. The municipality belongs to the EUROCITIES and Solidarity Cities "
                "networks and works with the UN Refugee Agency (UNHCR), the International "
                "Organization for Migration and local organisations.</p>"
            ),
            "key_factors": (
                "<p><b>A political choice by the city leadership.</b> The city administration of "
                "2015–2016 publicly supported hosting people within the city, despite "
                "opposition, and laid the foundations for today's "
                "programmes.</p><p><b>Experience of cooperation.</b> The municipality learnt to "
                "work with international organisations, neighbouring municipalities and NGOs, "
                "sharing roles instead of competing with them.</p><p><b>Dependence on external "
                "funding.</b> Most programmes are funded by short-term European resources, which "
                "makes long-term planning and keeping experienced staff difficult.</p>"
            ),
            "responsible_office": "Social Policy Directorate",
            "address": "Vasileos Georgiou A' 1, 546 40 Thessaloniki, Greece",
            "contact_name": "Eleni Papadopoulou",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "320,000",
                    "label": "inhabitants of the Municipality of Thessaloniki (approx.)",
                    "year": 2021,
                    "source": "ELSTAT, 2021 Census",
                },
                {
                    "measure": "wider_population",
                    "value": "1.1 million",
                    "label": "inhabitants of the Regional Unit of Thessaloniki (approx.)",
                    "year": 2021,
                    "source": "ELSTAT, 2021 Census",
                },
                {
                    "value": "≈ 50%",
                    "label": "refugees in the city's population after the population exchange",
                    "year": 1928,
                    "source": "1928 population census",
                },
            ],
            "statistics": [
                {
                    "title": "People housed in the REACT programme at the end of each year",
                    "description": (
                        "Illustrative, rounded values given as an example of how the programme "
                        "developed; they are not official data."
                    ),
                    "value_label": "People housed (illustrative values)",
                    "source": "Illustrative values",
                    "data": [
                        {
                            "label": "2017",
                            "value": 800,
                        },
                        {
                            "label": "2018",
                            "value": 1100,
                        },
                        {
                            "label": "2019",
                            "value": 1300,
                        },
                        {
                            "label": "2020",
                            "value": 1100,
                        },
                        {
                            "label": "2021",
                            "value": 800,
                        },
                    ],
                },
            ],
        },
        "pl": {
            "slug": "saloniki",
            "title": "Saloniki",
            "tagline": "Portowe miasto ukształtowane przez kolejne fale przybyszów",
            "summary": (
                "Saloniki, drugie co do wielkości miasto Grecji, liczą około 320 tysięcy "
                "mieszkańców w gminie centralnej i ponad milion w szerszym obszarze. Ich "
                "historia to historia przybyszów: od uchodźców z Azji Mniejszej w latach "
                "dwudziestych XX wieku, przez migrantów z lat dziewięćdziesiątych, po ludzi, "
                "którzy w latach 2015–2016 przechodzili przez północną Grecję. Gmina postawiła "
                "na mieszkania w mieście zamiast obozów i stworzyła usługi integracyjne, w "
                "których uczestniczą sami migranci. Profil przedstawia politykę miasta, głównych "
                "aktorów i czynniki, które ją wspierają."
            ),
            "key_findings": (
                "<ol><li>Zakwaterowanie osób ubiegających się o azyl w wynajmowanych "
                "mieszkaniach, koordynowane przez gminę, pokazało, że duże miasto może uniknąć "
                "obozów nawet w sytuacji kryzysowej.</li><li>Centrum Integracji Migrantów łączy "
                "w jednym miejscu informację, lekcje greckiego i mediację międzykulturową oraz "
                "kieruje nowo przybyłych do innych usług gminy.</li><li>Rada ds. Integracji "
                "Migrantów daje migrantom instytucjonalny głos w gminie, ale jej wpływ zależy od "
                "woli politycznej, by wysłuchać jej propozycji.</li></ol>"
            ),
            "distinctive": (
                "<p>Pamięć o uchodźstwie jest częścią tożsamości miasta: po wymianie ludności w "
                "1923 r. mniej więcej połowę mieszkańców Salonik stanowili uchodźcy, a wiele "
                "dzielnic szerszego miasta, takich jak Tumba i Kalamaria, powstało właśnie "
                "wtedy. Miasto pamięta też o swojej dużej społeczności żydowskiej, unicestwionej "
                "w czasie Zagłady.</p><p>W latach 2015–2016 Saloniki leżały blisko głównego "
                "przejścia na szlaku bałkańskim, w Idomeni, a po zamknięciu granicy tysiące "
                "ludzi utknęły w ośrodkach wokół miasta. To doświadczenie ukształtowało politykę "
                "gminy.</p>"
            ),
            "policy_focus": (
                "<p>Polityka gminy koncentruje się na zakwaterowaniu w obrębie miasta, dostępie "
                "do usług społecznych i edukacji oraz na partycypacji. Od 2017 r. gmina "
                "koordynuje program REACT, który zapewnia osobom ubiegającym się o azyl "
                "mieszkania w ramach europejskiego programu ESTIA.</p><p>Centrum Społeczne i "
                "działające w jego ramach Centrum Integracji Migrantów są pierwszymi drzwiami "
                "dla nowo przybyłych. Gmina należy do sieci EUROCITIES i Solidarity Cities oraz "
                "współpracuje z Biurem Wysokiego Komisarza ONZ ds. Uchodźców (UNHCR), "
                "Międzynarodową Organizacją do spraw Migracji i lokalnymi organizacjami.</p>"
            ),
            "key_factors": (
                "<p><b>Decyzja polityczna władz miasta.</b> Władze miasta w latach 2015–2016 "
                "publicznie opowiedziały się za przyjmowaniem ludzi w mieście, mimo sprzeciwów, "
                "i położyły podwaliny pod dzisiejsze programy.</p><p><b>Doświadczenie "
                "współpracy.</b> Gmina nauczyła się pracować z organizacjami międzynarodowymi, "
                "sąsiednimi gminami i organizacjami pozarządowymi, dzieląc się z nimi rolami "
                "zamiast z nimi rywalizować.</p><p><b>Zależność od finansowania "
                "zewnętrznego.</b> Większość programów finansują krótkoterminowe środki "
                "europejskie, co utrudnia planowanie długofalowe i utrzymanie doświadczonej "
                "kadry.</p>"
            ),
            "responsible_office": "Dyrekcja Polityki Społecznej",
            "address": "Vasileos Georgiou A' 1, 546 40 Saloniki, Grecja",
            "contact_name": "Eleni Papadopoulou",
            "key_figures": [
                {
                    "measure": "population",
                    "value": "320 000",
                    "label": "mieszkańców gminy Saloniki (około)",
                    "year": 2021,
                    "source": "ELSTAT, spis powszechny 2021",
                },
                {
                    "measure": "wider_population",
                    "value": "1,1 mln",
                    "label": "mieszkańców jednostki regionalnej Saloniki (około)",
                    "year": 2021,
                    "source": "ELSTAT, spis powszechny 2021",
                },
                {
                    "value": "≈ 50%",
                    "label": "uchodźców wśród mieszkańców miasta po wymianie ludności",
                    "year": 1928,
                    "source": "Spis ludności z 1928 r.",
                },
            ],
            "statistics": [
                {
                    "title": "Osoby zakwaterowane w programie REACT na koniec każdego roku",
                    "description": (
                        "Wartości poglądowe i zaokrąglone, podane jako przykład rozwoju "
                        "programu; nie są to dane oficjalne."
                    ),
                    "value_label": "Zakwaterowani (wartości poglądowe)",
                    "source": "Wartości poglądowe",
                    "data": [
                        {
                            "label": "2017",
                            "value": 800,
                        },
                        {
                            "label": "2018",
                            "value": 1100,
                        },
                        {
                            "label": "2019",
                            "value": 1300,
                        },
                        {
                            "label": "2020",
                            "value": 1100,
                        },
                        {
                            "label": "2021",
                            "value": 800,
                        },
                    ],
                },
            ],
        },
    },
    "report": {
        "start_date": "2021-06-14",
        "end_date": "2021-06-16",
        "contact_email": "entaxi@thessaloniki.example.org",
        "thematic_areas": ["housing", "social-assistance", "communication", "employment"],
        "target_groups": ["refugees", "families", "newcomers", "women"],
        "host_organisations": ["thessaloniki-social", "thessaloniki-stavrodromi"],
        "visiting_cities": ["gdansk", "bremen", "ghent", "bologna"],
        "practices": [0, 1],
        "image": {
            "motif": "walk",
        },
        "gallery": [
            {
                "motif": "meeting",
            },
            {
                "motif": "market",
            },
            {
                "motif": "kitchen",
            },
        ],
        "el": {
            "slug": "episkepsi-meletis-thessaloniki-2021",
            "title": (
                "Επίσκεψη μελέτης στη Θεσσαλονίκη: στέγαση μέσα στην πόλη και η φωνή των "
                "μεταναστών"
            ),
            "summary": (
                "Από τις 14 έως τις 16 Ιουνίου 2021 αντιπροσωπείες από το Γκντανσκ, τη Βρέμη, τη "
                "Γάνδη και την Μπολόνια επισκέφθηκαν τη Θεσσαλονίκη για να γνωρίσουν το "
                "πρόγραμμα στέγασης REACT και το Κέντρο Ένταξης Μεταναστών. Το πρόγραμμα "
                "περιλάμβανε συναντήσεις με τις ομάδες του Δήμου, επίσκεψη σε διαμέρισμα και "
                "συζήτηση με ιδιοκτήτη, συνάντηση με μέλη του Συμβουλίου Ένταξης Μεταναστών, "
                "περίπατο στην αγορά του κέντρου και ανοιχτή συνάντηση με οργανώσεις, ακτιβιστές "
                "και μετανάστες στο λιμάνι. Η έκθεση συνοψίζει τι είδαμε, τι λειτουργεί, ποια "
                "προβλήματα παραμένουν και τι μπορούν να εφαρμόσουν οι πόλεις-εταίροι."
            ),
            "context": (
                "<p>Η Θεσσαλονίκη δέχθηκε μεγάλο αριθμό προσφύγων το 2015-2016, όταν η βαλκανική "
                "διαδρομή περνούσε από την Ειδομένη, περίπου 80 χιλιόμετρα βόρεια της πόλης. Από "
                "τότε η πόλη έχει αποκτήσει εμπειρία στη στέγαση σε διαμερίσματα και στις "
                "υπηρεσίες ένταξης, κυρίως με ευρωπαϊκή χρηματοδότηση.</p><p>Το 2021 το πλαίσιο "
                "άλλαζε γρήγορα: η διαχείριση του ESTIA πέρασε στο Υπουργείο Μετανάστευσης και "
                "Ασύλου, και όσοι αναγνωρίζονται ως πρόσφυγες πρέπει να αφήσουν τη φιλοξενία σε "
                "σύντομο χρόνο. Η βασική πρόκληση για την πόλη είναι η μετάβαση από τη φιλοξενία "
                "στην αυτονομία. Η επίσκεψη έγινε σύμφωνα με τους υγειονομικούς κανόνες της "
                "περιόδου, σε μικρές ομάδες και με την ανοιχτή συνάντηση σε υπαίθριο χώρο.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Στη Θεσσαλονίκη οι αντιπροσωπείες είδαν πώς ένας δήμος στεγάζει "
                        "αιτούντες άσυλο σε διαμερίσματα μέσα στον αστικό ιστό: από την ομάδα "
                        "στέγασης του REACT ως ένα διαμέρισμα και τη συζήτηση με τον ιδιοκτήτη "
                        "του. Το δεύτερο νήμα της επίσκεψης ήταν η φωνή των μεταναστών, στο "
                        "Κέντρο Ένταξης Μεταναστών και στη συνάντηση με μέλη του Συμβουλίου "
                        "Ένταξης Μεταναστών.</p><p>Το γράφημα δείχνει πώς μοιράστηκαν οι δεκαοκτώ "
                        "και μισή ώρες του προγράμματος. Τον περισσότερο χρόνο πήρε η στέγαση, "
                        "γιατί εκεί βρίσκεται και η μεγαλύτερη πρόκληση της πόλης: η μετάβαση από "
                        "τη φιλοξενία στην αυτονομία.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "Η επίσκεψη σε αριθμούς",
                        "figures": [
                            {
                                "value": "3",
                                "label": "ημέρες προγράμματος, 14-16 Ιουνίου 2021",
                                "year": 2021,
                                "source": "Πρόγραμμα της επίσκεψης μελέτης",
                            },
                            {
                                "value": "10",
                                "label": (
                                    "σημεία του προγράμματος, από το Δημαρχείο ως την "
                                    "εκπαιδευτική κουζίνα"
                                ),
                                "year": 2021,
                                "source": "Πρόγραμμα της επίσκεψης μελέτης",
                            },
                            {
                                "value": "περίπου 50",
                                "label": "συμμετέχοντες στην ανοιχτή συνάντηση στο λιμάνι",
                                "year": 2021,
                                "source": "Πρόγραμμα της επίσκεψης μελέτης",
                            },
                            {
                                "value": "3",
                                "label": (
                                    "γλώσσες διερμηνείας στη συνάντηση: αγγλικά, αραβικά και φαρσί"
                                ),
                                "year": 2021,
                                "source": "Πρόγραμμα της επίσκεψης μελέτης",
                            },
                        ],
                    },
                },
                {
                    "type": "chart",
                    "value": {
                        "title": "Το πρόγραμμα σε ώρες, ανά θέμα",
                        "description": (
                            "Τα δέκα σημεία του προγράμματος διήρκεσαν συνολικά δεκαοκτώ και μισή "
                            "ώρες· τον περισσότερο χρόνο πήρε η στέγαση."
                        ),
                        "value_label": "Ώρες",
                        "source": "Πρόγραμμα της επίσκεψης μελέτης",
                        "data": [
                            {
                                "label": "Στέγαση",
                                "value": 5.5,
                            },
                            {
                                "label": "Συμμετοχή",
                                "value": 4.0,
                            },
                            {
                                "label": "Εργασία",
                                "value": 3.5,
                            },
                            {
                                "label": "Ανταλλαγή",
                                "value": 3.5,
                            },
                            {
                                "label": "Πληροφόρηση",
                                "value": 2.0,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Μας δίνουν λίγες εβδομάδες να φύγουμε από το διαμέρισμα, αλλά "
                            "κανένας ιδιοκτήτης δεν νοικιάζει χωρίς εγγύηση."
                        ),
                        "attribution": (
                            "Πρόσφυγας που ζει στη Θεσσαλονίκη, στην ανοιχτή συνάντηση στο λιμάνι"
                        ),
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-06-14",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Δημαρχιακό Μέγαρο, Βασιλέως Γεωργίου Α΄ 1",
                    "title": "Καλωσόρισμα και η πολιτική ένταξης του Δήμου",
                    "description": (
                        "Χαιρετισμός από τη δημοτική αρχή και παρουσίαση των δομών του Δήμου για "
                        "μετανάστες και πρόσφυγες, από την κρίση του 2015-2016 έως σήμερα."
                    ),
                },
                {
                    "date": "2021-06-14",
                    "start_time": "11:30",
                    "end_time": "13:30",
                    "place": "Γραφεία του προγράμματος REACT",
                    "title": "Πώς λειτουργεί το REACT",
                    "description": (
                        "Η ομάδα συντονισμού παρουσίασε τη σύμπραξη, τον κύκλο μιας μίσθωσης, "
                        "τις παραπομπές νέων νοικοκυριών και τη στήριξη που λαμβάνουν στην "
                        "καθημερινότητα."
                    ),
                },
                {
                    "date": "2021-06-14",
                    "start_time": "15:30",
                    "end_time": "17:30",
                    "place": "Διαμέρισμα του προγράμματος στην Τούμπα",
                    "title": "Επίσκεψη σε διαμέρισμα και συνάντηση με ιδιοκτήτη",
                    "description": (
                        "Με τη συγκατάθεση της οικογένειας που φιλοξενείται, μια μικρή ομάδα "
                        "επισκέφθηκε ένα διαμέρισμα· ακολούθησε συζήτηση με ιδιοκτήτη που "
                        "νοικιάζει στο πρόγραμμα από το 2017."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "09:30",
                    "end_time": "11:30",
                    "place": "Κέντρο Ένταξης Μεταναστών",
                    "title": "Μία πόρτα για πληροφόρηση και ελληνικά",
                    "description": (
                        "Ξενάγηση στο Κέντρο, παρακολούθηση ενός τμήματος ελληνικών και συζήτηση "
                        "με διαπολιτισμικούς μεσολαβητές για τα συχνότερα αιτήματα."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "12:00",
                    "end_time": "13:30",
                    "place": "Κέντρο Ένταξης Μεταναστών",
                    "title": "Συνάντηση με μέλη του Συμβουλίου Ένταξης Μεταναστών",
                    "description": (
                        "Δημοτικοί σύμβουλοι και εκπρόσωποι κοινοτήτων μίλησαν για τη σύνθεση, "
                        "τις αρμοδιότητες και τα όρια του Συμβουλίου, καθώς και για τις "
                        "προτάσεις του που έγιναν πράξη."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "15:00",
                    "end_time": "16:30",
                    "place": "Δημαρχιακό Μέγαρο, Βασιλέως Γεωργίου Α΄ 1",
                    "title": "Από τη φιλοξενία στην αυτονομία",
                    "description": (
                        "Στρογγυλό τραπέζι με τις ομάδες του REACT, προγράμματα επιδότησης "
                        "ενοικίου και συμβούλους απασχόλησης για το τι συμβαίνει μετά την "
                        "αναγνώριση."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "18:30",
                    "end_time": "21:00",
                    "place": "Υπαίθριος χώρος στο λιμάνι της Θεσσαλονίκης",
                    "title": "Συνάντηση με οργανώσεις, θεσμούς, ακτιβιστές και μετανάστες",
                    "description": (
                        "Ανοιχτή συνάντηση με την τοπική κοινότητα: τρεις ομάδες συζήτησης για "
                        "τη στέγαση, την εργασία και τη συμμετοχή, και δείπνο από την "
                        "εκπαιδευτική κουζίνα του «Σταυροδρομίου»."
                    ),
                },
                {
                    "date": "2021-06-16",
                    "start_time": "09:30",
                    "end_time": "11:30",
                    "place": "Από την Άνω Πόλη έως την αγορά Καπάνι",
                    "title": "Περίπατος: η πόλη των αφίξεων",
                    "description": (
                        "Περίπατος με οδηγούς έναν νεαρό πρόσφυγα και μια ιστορικό, στα ίχνη των "
                        "προσφύγων του 1922, της εβραϊκής κοινότητας και των σημερινών "
                        "μεταναστών που δουλεύουν στην αγορά."
                    ),
                },
                {
                    "date": "2021-06-16",
                    "start_time": "12:00",
                    "end_time": "13:30",
                    "place": "Κοιν.Σ.Επ. «Σταυροδρόμι»",
                    "title": "Εκπαιδευτική κουζίνα και δρόμοι προς την εργασία",
                    "description": (
                        "Επίσκεψη στην κουζίνα όπου πρόσφυγες και Έλληνες εκπαιδεύονται στη "
                        "μαγειρική και την εστίαση, και συζήτηση για τις συνεργασίες με τοπικές "
                        "επιχειρήσεις."
                    ),
                },
                {
                    "date": "2021-06-16",
                    "start_time": "14:30",
                    "end_time": "16:30",
                    "place": "Δημαρχιακό Μέγαρο, Βασιλέως Γεωργίου Α΄ 1",
                    "title": "Εργαστήριο συμπερασμάτων των πόλεων-εταίρων",
                    "description": (
                        "Οι αντιπροσωπείες συνόψισαν τα διδάγματα και των τεσσάρων επισκέψεων "
                        "και συμφώνησαν τη δομή και το χρονοδιάγραμμα της διαδικτυακής έκδοσης "
                        "έως το τέλος του 2021."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>Στη συνάντηση συμμετείχαν περίπου πενήντα άτομα: εργαζόμενοι του REACT και "
                "του Κέντρου Ένταξης Μεταναστών, μέλη του Συμβουλίου Ένταξης Μεταναστών, "
                "εκπρόσωποι τοπικών οργανώσεων και συλλόγων μεταναστών, εθελοντές, δύο "
                "ιδιοκτήτες διαμερισμάτων, φοιτητές του Αριστοτελείου Πανεπιστημίου, καθώς και "
                "πρόσφυγες και μετανάστες που ζουν στην πόλη. Υπήρχε διερμηνεία στα αγγλικά, τα "
                "αραβικά και τα φαρσί.</p>"
            ),
            "meeting_discussion": (
                "<p><b>Στέγαση μετά την αναγνώριση.</b> Οι συμμετέχοντες περιέγραψαν το κενό "
                "ανάμεσα στην έξοδο από τη φιλοξενία και την πρώτη δική τους μίσθωση: οι "
                "ιδιοκτήτες ζητούν εγγυήσεις και προκαταβολές, ενώ τα προγράμματα επιδότησης "
                "ενοικίου έχουν αναμονή. Προτάθηκε ένας κατάλογος ιδιοκτητών που έχουν ήδη "
                "συνεργαστεί με το REACT.</p><p><b>Εργασία.</b> Πολλοί πρόσφυγες δουλεύουν "
                "εποχικά στον τουρισμό και τη γεωργία, χωρίς σταθερό εισόδημα. Οι οργανώσεις "
                "ζήτησαν ευκολότερη αναγνώριση προσόντων και μαθήματα ελληνικών προσαρμοσμένα σε "
                "συγκεκριμένα επαγγέλματα.</p><p><b>Συμμετοχή.</b> Τα μέλη του Συμβουλίου "
                "ζήτησαν ο Δήμος να απαντά γραπτώς στις προτάσεις τους. Η αντιπροσωπεία της "
                "Μπολόνιας παρουσίασε τα σύμφωνα συνεργασίας ως τρόπο συμμετοχής χωρίς "
                "προϋπόθεση ιθαγένειας.</p>"
            ),
            "key_findings": (
                "<ul><li>Η στέγαση σε διαμερίσματα είναι εφικτή σε μεγάλη κλίμακα και σε περίοδο "
                "πίεσης, αρκεί ο Δήμος να έχει τον συντονισμό και μια έμπειρη ομάδα "
                "στέγασης.</li><li>Οι ιδιοκτήτες γίνονται σύμμαχοι όταν το πρόγραμμα πληρώνει "
                "τακτικά και λύνει γρήγορα τα προβλήματα.</li><li>Ένα ενιαίο σημείο πληροφόρησης "
                "με διαπολιτισμικούς μεσολαβητές μειώνει την εξάρτηση από άτυπους "
                "μεσάζοντες.</li><li>Χωρίς σταθερή χρηματοδότηση και σχέδιο για την επόμενη "
                "μέρα, τα οφέλη της φιλοξενίας κινδυνεύουν να χαθούν μετά την έξοδο.</li></ul>"
            ),
            "strengths": (
                "<p>Πολιτική βούληση για στέγαση μέσα στην πόλη· έμπειρο προσωπικό που μιλά τις "
                "γλώσσες των φιλοξενούμενων· καλές σχέσεις με ιδιοκτήτες και γείτονες· ένα "
                "θεσμοθετημένο όργανο εκπροσώπησης των μεταναστών· μια ενεργή κοινωνία πολιτών "
                "και μια πανεπιστημιακή κοινότητα που στηρίζουν τις δράσεις.</p>"
            ),
            "challenges": (
                "<p>Τα προγράμματα εξαρτώνται σχεδόν αποκλειστικά από ευρωπαϊκούς πόρους και από "
                "αποφάσεις της κεντρικής κυβέρνησης, που μπορούν να αλλάξουν γρήγορα. Ο σύντομος "
                "χρόνος παραμονής μετά την αναγνώριση οδηγεί πολλούς ανθρώπους σε επισφαλή "
                "στέγαση ή στην αναχώρηση για άλλες χώρες. Το Συμβούλιο Ένταξης Μεταναστών δεν "
                "έχει δικό του προϋπολογισμό και η επιρροή του παραμένει περιορισμένη.</p>"
            ),
            "next_actions": (
                "<ul><li>Ο Δήμος θα δημιουργήσει κατάλογο ιδιοκτητών που είναι πρόθυμοι να "
                "νοικιάσουν απευθείας σε αναγνωρισμένους πρόσφυγες, με τη στήριξη του Κέντρου "
                "Ένταξης Μεταναστών.</li><li>Το Συμβούλιο Ένταξης Μεταναστών θα προτείνει στο "
                "δημοτικό συμβούλιο να απαντά γραπτώς στις προτάσεις του μέσα σε τρεις "
                "μήνες.</li><li>Τα συμπεράσματα των τεσσάρων επισκέψεων θα δημοσιευθούν στη "
                "διαδικτυακή έκδοση του δικτύου έως το τέλος του 2021.</li></ul>"
            ),
            "transferability": (
                "<p>Για τις πόλεις-εταίρους, το πιο χρήσιμο στοιχείο του REACT είναι η ομάδα "
                "στέγασης που μεσολαβεί ανάμεσα σε ιδιοκτήτες και ενοικιαστές. Μπορεί να "
                "εφαρμοστεί και σε πόλεις όπου οι μετανάστες έρχονται κυρίως για εργασία, όπως "
                "το Γκντανσκ, με πολύ μικρότερο κόστος από ένα πλήρες πρόγραμμα "
                "φιλοξενίας.</p><p>Το Κέντρο Ένταξης Μεταναστών δείχνει ότι ένα δημόσιο σημείο "
                "εξυπηρέτησης έχει αξία μόνο αν συνδέεται με τις υπόλοιπες υπηρεσίες. Ένα "
                "συμβουλευτικό όργανο μεταναστών χρειάζεται, πέρα από τη θεσμική του ύπαρξη, τη "
                "σαφή υποχρέωση του δήμου να του απαντά.</p>"
            ),
            "authors": (
                "Ελένη Παπαδοπούλου (Δήμος Θεσσαλονίκης), Γιώργος Καραγιάννης («Σταυροδρόμι»), "
                "με την ομάδα συντονισμού του Δήμου του Γκντανσκ"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "Άνθρωποι κάθονται σε κύκλο σε υπαίθριο χώρο δίπλα στη θάλασσα και "
                        "συζητούν."
                    ),
                    "caption": "Η ανοιχτή συνάντηση με οργανώσεις και μετανάστες στο λιμάνι.",
                    "credit": "Φωτογραφία: Δήμος Θεσσαλονίκης",
                },
                {
                    "alt_text": (
                        "Πάγκοι με φρούτα, λαχανικά και μπαχαρικά σε στενό δρόμο της αγοράς "
                        "Καπάνι."
                    ),
                    "caption": (
                        "Ο περίπατος στην αγορά Καπάνι, όπου δουλεύουν Έλληνες και μετανάστες "
                        "έμποροι."
                    ),
                    "credit": "Φωτογραφία: «Σταυροδρόμι»",
                },
                {
                    "alt_text": (
                        "Δύο γυναίκες με ποδιές ετοιμάζουν φαγητό σε επαγγελματική κουζίνα."
                    ),
                    "caption": "Η εκπαιδευτική κουζίνα του «Σταυροδρομίου».",
                    "credit": "Φωτογραφία: «Σταυροδρόμι»",
                },
            ],
        },
        "en": {
            "slug": "study-visit-thessaloniki-2021",
            "title": (
                "Study visit to Thessaloniki: housing within the city and the voice of migrants"
            ),
            "summary": (
                "From 14 to 16 June 2021, delegations from Gdańsk, Bremen, Ghent and Bologna "
                "visited Thessaloniki to learn about the REACT housing programme and the Migrant "
                "Integration Centre. The programme included meetings with the municipality's "
                "teams, a visit to an apartment and a talk with an owner, a meeting with members "
                "of the Migrant Integration Council, a walk through the central market and an "
                "open meeting with organisations, activists and migrants at the port. The report "
                "sums up what we saw, what works, which problems remain and what the partner "
                "cities can apply at home."
            ),
            "context": (
                "<p>Thessaloniki received a large number of refugees in 2015–2016, when the "
                "Balkan route passed through Idomeni, about 80 kilometres north of the city. "
                "Since then the city has built up experience in housing people in apartments and "
                "in integration services, mainly with European funding.</p><p>In 2021 the "
                "framework was changing fast: the management of ESTIA passed to the Ministry of "
                "Migration and Asylum, and people recognised as refugees must leave the "
                "accommodation within a short time. The city's main challenge is the transition "
                "from accommodation to independence. The visit followed the health rules of the "
                "time, in small groups and with the open meeting held outdoors.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In Thessaloniki the delegations saw how a municipality houses asylum "
                        "seekers in apartments within the city: from the REACT housing team to an "
                        "apartment and a talk with its owner. The second thread of the visit was "
                        "the voice of migrants, at the Migrant Integration Centre and in the "
                        "meeting with members of the Migrant Integration Council.</p><p>The chart "
                        "shows how the eighteen and a half hours of the programme were divided. "
                        "Housing took the most time, because that is also where the city's "
                        "greatest challenge lies: the transition from accommodation to "
                        "independence.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "The visit in figures",
                        "figures": [
                            {
                                "value": "3",
                                "label": "days of programme, 14 to 16 June 2021",
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "10",
                                "label": "sessions, from the City Hall to the training kitchen",
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "about 50",
                                "label": "participants in the open meeting at the port",
                                "year": 2021,
                                "source": "Programme of the study visit",
                            },
                            {
                                "value": "3",
                                "label": (
                                    "languages interpreted at the meeting: English, Arabic and "
                                    "Farsi"
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
                            "The ten sessions took eighteen and a half hours in all; housing took "
                            "the most time."
                        ),
                        "value_label": "Hours",
                        "source": "Programme of the study visit",
                        "data": [
                            {
                                "label": "Housing",
                                "value": 5.5,
                            },
                            {
                                "label": "Participation",
                                "value": 4.0,
                            },
                            {
                                "label": "Work",
                                "value": 3.5,
                            },
                            {
                                "label": "Exchange",
                                "value": 3.5,
                            },
                            {
                                "label": "Information",
                                "value": 2.0,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "They give us a few weeks to leave the apartment, but no owner rents "
                            "without a guarantee."
                        ),
                        "attribution": (
                            "A refugee living in Thessaloniki, at the open meeting at the port"
                        ),
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-06-14",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "City Hall, Vasileos Georgiou A' 1",
                    "title": "Welcome and the municipality's integration policy",
                    "description": (
                        "Welcome by the city administration and a presentation of the "
                        "municipality's services for migrants and refugees, from the 2015–2016 "
                        "crisis to today."
                    ),
                },
                {
                    "date": "2021-06-14",
                    "start_time": "11:30",
                    "end_time": "13:30",
                    "place": "REACT programme offices",
                    "title": "How REACT works",
                    "description": (
                        "The coordination team presented the partnership, the life cycle of a "
                        "lease, the referral of new households and the support they receive in "
                        "everyday life."
                    ),
                },
                {
                    "date": "2021-06-14",
                    "start_time": "15:30",
                    "end_time": "17:30",
                    "place": "A programme apartment in Toumba",
                    "title": "Visit to an apartment and meeting with an owner",
                    "description": (
                        "With the consent of the family living there, a small group visited an "
                        "apartment; this was followed by a talk with an owner who has rented to "
                        "the programme since 2017."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "09:30",
                    "end_time": "11:30",
                    "place": "Migrant Integration Centre",
                    "title": "One door for information and Greek",
                    "description": (
                        "A tour of the Centre, a visit to a Greek class and a discussion with "
                        "intercultural mediators about the most frequent requests."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "12:00",
                    "end_time": "13:30",
                    "place": "Migrant Integration Centre",
                    "title": "Meeting with members of the Migrant Integration Council",
                    "description": (
                        "Municipal councillors and community representatives spoke about the "
                        "Council's composition, powers and limits, and about the proposals of "
                        "theirs that have been put into practice."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "15:00",
                    "end_time": "16:30",
                    "place": "City Hall, Vasileos Georgiou A' 1",
                    "title": "From accommodation to independence",
                    "description": (
                        "A round table with REACT teams, rent subsidy programmes and employment "
                        "advisers on what happens after recognition."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "18:30",
                    "end_time": "21:00",
                    "place": "Open-air venue at the port of Thessaloniki",
                    "title": "Meeting with organisations, institutions, activists and migrants",
                    "description": (
                        "An open meeting with the local community: three discussion groups on "
                        "housing, work and participation, and a dinner from the Stavrodromi "
                        "training kitchen."
                    ),
                },
                {
                    "date": "2021-06-16",
                    "start_time": "09:30",
                    "end_time": "11:30",
                    "place": "From Ano Poli to the Kapani market",
                    "title": "Walk: the city of arrivals",
                    "description": (
                        "A walk guided by a young refugee and a historian, following the traces "
                        "of the 1922 refugees, the Jewish community and today's migrants who "
                        "work in the market."
                    ),
                },
                {
                    "date": "2021-06-16",
                    "start_time": "12:00",
                    "end_time": "13:30",
                    "place": "Stavrodromi social cooperative enterprise",
                    "title": "A training kitchen and paths to work",
                    "description": (
                        "A visit to the kitchen where refugees and Greeks train in cooking and "
                        "catering, and a discussion on partnerships with local businesses."
                    ),
                },
                {
                    "date": "2021-06-16",
                    "start_time": "14:30",
                    "end_time": "16:30",
                    "place": "City Hall, Vasileos Georgiou A' 1",
                    "title": "Closing workshop of the partner cities",
                    "description": (
                        "The delegations summed up the lessons of all four visits and agreed on "
                        "the structure and timetable of the online publication until the end of "
                        "2021."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>About fifty people took part in the meeting: staff of REACT and the Migrant "
                "Integration Centre, members of the Migrant Integration Council, representatives "
                "of local organisations and migrant associations, volunteers, two apartment "
                "owners, students of the Aristotle University, and refugees and migrants living "
                "in the city. Interpreting was provided in English, Arabic and Farsi.</p>"
            ),
            "meeting_discussion": (
                "<p><b>Housing after recognition.</b> Participants described the gap between "
                "leaving accommodation and signing their first lease of their own: owners ask "
                "for guarantees and advance payments, while rent subsidy programmes have waiting "
                "lists. A list of owners who have already worked with REACT was "
                "proposed.</p><p><b>Work.</b> Many refugees work seasonally in tourism and "
                "agriculture, without a stable income. The organisations asked for easier "
                "recognition of qualifications and Greek lessons tailored to specific "
                "occupations.</p><p><b>Participation.</b> Council members asked the municipality "
                "to reply in writing to their proposals. The Bologna delegation presented "
                "collaboration pacts as a way to take part with no citizenship requirement.</p>"
            ),
            "key_findings": (
                "<ul><li>Housing in apartments is possible on a large scale and under pressure, "
                "provided the municipality holds the coordination and has an experienced housing "
                "team.</li><li>Owners become allies when the programme pays on time and solves "
                "problems quickly.</li><li>A single information point with intercultural "
                "mediators reduces dependence on informal intermediaries.</li><li>Without stable "
                "funding and a plan for what comes next, the benefits of accommodation risk "
                "being lost after people leave.</li></ul>"
            ),
            "strengths": (
                "<p>Political will to house people within the city; experienced staff who speak "
                "the residents' languages; good relations with owners and neighbours; an "
                "institutional body representing migrants; and an active civil society and "
                "university community that support the work.</p>"
            ),
            "challenges": (
                "<p>The programmes depend almost entirely on European resources and on decisions "
                "of the central government, which can change quickly. The short time allowed "
                "after recognition pushes many people into precarious housing or onward to other "
                "countries. The Migrant Integration Council has no budget of its own and its "
                "influence remains limited.</p>"
            ),
            "next_actions": (
                "<ul><li>The municipality will build a list of owners willing to rent directly "
                "to recognised refugees, with support from the Migrant Integration "
                "Centre.</li><li>The Migrant Integration Council will propose to the city "
                "council that it reply in writing to the Council's proposals within three "
                "months.</li><li>The conclusions of the four visits will be published in the "
                "network's online publication by the end of 2021.</li></ul>"
            ),
            "transferability": (
                "<p>For the partner cities, the most useful element of REACT is the housing team "
                "that mediates between owners and tenants. It can also be applied in cities "
                "where migrants come mainly for work, such as Gdańsk, at a much lower cost than "
                "a full accommodation programme.</p><p>The Migrant Integration Centre shows that "
                "a public service point is only valuable if it is connected with the other "
                "services. A migrants' advisory body needs, beyond its formal existence, a clear "
                "obligation on the municipality to answer it.</p>"
            ),
            "authors": (
                "Eleni Papadopoulou (Municipality of Thessaloniki), Giorgos Karagiannis "
                "(Stavrodromi), with the coordination team of the City of Gdańsk"
            ),
            "gallery": [
                {
                    "alt_text": "People sit in a circle in an open-air space by the sea, talking.",
                    "caption": "The open meeting with organisations and migrants at the port.",
                    "credit": "Photo: Municipality of Thessaloniki",
                },
                {
                    "alt_text": (
                        "Stalls with fruit, vegetables and spices in a narrow street of the "
                        "Kapani market."
                    ),
                    "caption": (
                        "The walk through the Kapani market, where Greek and migrant traders work."
                    ),
                    "credit": "Photo: Stavrodromi",
                },
                {
                    "alt_text": "Two women in aprons prepare food in a professional kitchen.",
                    "caption": "The Stavrodromi training kitchen.",
                    "credit": "Photo: Stavrodromi",
                },
            ],
        },
        "pl": {
            "slug": "wizyta-studyjna-saloniki-2021",
            "title": "Wizyta studyjna w Salonikach: mieszkania w mieście i głos migrantów",
            "summary": (
                "W dniach 14–16 czerwca 2021 r. delegacje Gdańska, Bremy, Gandawy i Bolonii "
                "odwiedziły Saloniki, aby poznać program mieszkaniowy REACT i Centrum Integracji "
                "Migrantów. Program obejmował spotkania z zespołami gminy, wizytę w mieszkaniu i "
                "rozmowę z właścicielem, spotkanie z członkami Rady ds. Integracji Migrantów, "
                "spacer po centralnym targowisku oraz otwarte spotkanie z organizacjami, "
                "aktywistami i migrantami w porcie. Raport podsumowuje, co zobaczyliśmy, co "
                "działa, jakie problemy pozostają i co miasta partnerskie mogą zastosować u "
                "siebie."
            ),
            "context": (
                "<p>Saloniki przyjęły dużą liczbę uchodźców w latach 2015–2016, kiedy szlak "
                "bałkański prowadził przez Idomeni, około 80 kilometrów na północ od miasta. Od "
                "tego czasu miasto zdobyło doświadczenie w zakwaterowaniu w mieszkaniach i w "
                "usługach integracyjnych, finansowanych głównie ze środków europejskich.</p><p>W "
                "2021 r. ramy szybko się zmieniały: zarządzanie programem ESTIA przejęło "
                "Ministerstwo Migracji i Azylu, a osoby uznane za uchodźców muszą w krótkim "
                "czasie opuścić zakwaterowanie. Głównym wyzwaniem dla miasta jest przejście od "
                "zakwaterowania do samodzielności. Wizyta odbyła się zgodnie z ówczesnymi "
                "zasadami sanitarnymi, w małych grupach, a otwarte spotkanie – na świeżym "
                "powietrzu.</p>"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>W Salonikach delegacje zobaczyły, jak gmina zapewnia osobom "
                        "ubiegającym się o azyl mieszkania w tkance miasta: od zespołu "
                        "mieszkaniowego programu REACT po mieszkanie i rozmowę z jego "
                        "właścicielem. Drugim wątkiem wizyty był głos migrantów – w Centrum "
                        "Integracji Migrantów i na spotkaniu z członkami Rady ds. Integracji "
                        "Migrantów.</p><p>Wykres pokazuje, jak podzielono osiemnaście i pół "
                        "godziny programu. Najwięcej czasu poświęcono mieszkaniom, bo tam leży "
                        "też największe wyzwanie miasta: przejście od zakwaterowania do "
                        "samodzielności.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "Wizyta w liczbach",
                        "figures": [
                            {
                                "value": "3",
                                "label": "dni programu, 14–16 czerwca 2021",
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "10",
                                "label": "punktów programu, od ratusza po kuchnię szkoleniową",
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "ok. 50",
                                "label": "uczestników otwartego spotkania w porcie",
                                "year": 2021,
                                "source": "Program wizyty studyjnej",
                            },
                            {
                                "value": "3",
                                "label": (
                                    "języki tłumaczenia na spotkaniu: angielski, arabski i farsi"
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
                            "Dziesięć punktów programu trwało łącznie osiemnaście i pół godziny; "
                            "najwięcej czasu zajęły mieszkania."
                        ),
                        "value_label": "Godziny",
                        "source": "Program wizyty studyjnej",
                        "data": [
                            {
                                "label": "Mieszkania",
                                "value": 5.5,
                            },
                            {
                                "label": "Partycypacja",
                                "value": 4.0,
                            },
                            {
                                "label": "Praca",
                                "value": 3.5,
                            },
                            {
                                "label": "Wymiana",
                                "value": 3.5,
                            },
                            {
                                "label": "Informacja",
                                "value": 2.0,
                            },
                        ],
                    },
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Dają nam kilka tygodni na wyprowadzkę z mieszkania, ale żaden "
                            "właściciel nie wynajmie bez poręczenia."
                        ),
                        "attribution": (
                            "Uchodźca mieszkający w Salonikach, na otwartym spotkaniu w porcie"
                        ),
                    },
                },
            ],
            "programme": [
                {
                    "date": "2021-06-14",
                    "start_time": "09:30",
                    "end_time": "11:00",
                    "place": "Ratusz, Vasileos Georgiou A' 1",
                    "title": "Powitanie i polityka integracyjna gminy",
                    "description": (
                        "Powitanie przez władze miasta i prezentacja usług gminy dla migrantów i "
                        "uchodźców, od kryzysu z lat 2015–2016 do dziś."
                    ),
                },
                {
                    "date": "2021-06-14",
                    "start_time": "11:30",
                    "end_time": "13:30",
                    "place": "Biura programu REACT",
                    "title": "Jak działa REACT",
                    "description": (
                        "Zespół koordynujący przedstawił partnerstwo, cykl życia umowy najmu, "
                        "kierowanie nowych gospodarstw domowych i wsparcie, jakie otrzymują w "
                        "codziennym życiu."
                    ),
                },
                {
                    "date": "2021-06-14",
                    "start_time": "15:30",
                    "end_time": "17:30",
                    "place": "Mieszkanie programu w dzielnicy Tumba",
                    "title": "Wizyta w mieszkaniu i spotkanie z właścicielem",
                    "description": (
                        "Za zgodą mieszkającej tam rodziny mała grupa odwiedziła mieszkanie; "
                        "potem odbyła się rozmowa z właścicielem, który wynajmuje programowi od "
                        "2017 r."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "09:30",
                    "end_time": "11:30",
                    "place": "Centrum Integracji Migrantów",
                    "title": "Jedne drzwi do informacji i greckiego",
                    "description": (
                        "Zwiedzanie Centrum, udział w lekcji greckiego i rozmowa z mediatorami "
                        "międzykulturowymi o najczęstszych sprawach."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "12:00",
                    "end_time": "13:30",
                    "place": "Centrum Integracji Migrantów",
                    "title": "Spotkanie z członkami Rady ds. Integracji Migrantów",
                    "description": (
                        "Radni i przedstawiciele społeczności opowiedzieli o składzie, "
                        "kompetencjach i ograniczeniach Rady oraz o tych jej propozycjach, które "
                        "wprowadzono w życie."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "15:00",
                    "end_time": "16:30",
                    "place": "Ratusz, Vasileos Georgiou A' 1",
                    "title": "Od zakwaterowania do samodzielności",
                    "description": (
                        "Okrągły stół z zespołami REACT, programami dopłat do czynszu i "
                        "doradcami zawodowymi o tym, co dzieje się po uzyskaniu ochrony."
                    ),
                },
                {
                    "date": "2021-06-15",
                    "start_time": "18:30",
                    "end_time": "21:00",
                    "place": "Miejsce na świeżym powietrzu w porcie w Salonikach",
                    "title": "Spotkanie z organizacjami, instytucjami, aktywistami i migrantami",
                    "description": (
                        "Otwarte spotkanie z lokalną społecznością: trzy grupy dyskusyjne o "
                        "mieszkaniach, pracy i partycypacji oraz kolacja z kuchni szkoleniowej "
                        "Stavrodromi."
                    ),
                },
                {
                    "date": "2021-06-16",
                    "start_time": "09:30",
                    "end_time": "11:30",
                    "place": "Od Ano Poli do targowiska Kapani",
                    "title": "Spacer: miasto przybyszów",
                    "description": (
                        "Spacer z młodym uchodźcą i historyczką jako przewodnikami, śladami "
                        "uchodźców z 1922 r., społeczności żydowskiej i dzisiejszych migrantów "
                        "pracujących na targowisku."
                    ),
                },
                {
                    "date": "2021-06-16",
                    "start_time": "12:00",
                    "end_time": "13:30",
                    "place": "Spółdzielnia socjalna Stavrodromi",
                    "title": "Kuchnia szkoleniowa i drogi do pracy",
                    "description": (
                        "Wizyta w kuchni, w której uchodźcy i Grecy uczą się gotowania i "
                        "gastronomii, oraz rozmowa o współpracy z lokalnymi firmami."
                    ),
                },
                {
                    "date": "2021-06-16",
                    "start_time": "14:30",
                    "end_time": "16:30",
                    "place": "Ratusz, Vasileos Georgiou A' 1",
                    "title": "Warsztat podsumowujący miast partnerskich",
                    "description": (
                        "Delegacje podsumowały wnioski ze wszystkich czterech wizyt i uzgodniły "
                        "strukturę oraz harmonogram publikacji online do końca 2021 r."
                    ),
                },
            ],
            "meeting_participants": (
                "<p>W spotkaniu wzięło udział około pięćdziesięciu osób: pracownicy REACT i "
                "Centrum Integracji Migrantów, członkowie Rady ds. Integracji Migrantów, "
                "przedstawiciele lokalnych organizacji i stowarzyszeń migrantów, wolontariusze, "
                "dwoje właścicieli mieszkań, studenci Uniwersytetu Arystotelesa oraz uchodźcy i "
                "migranci mieszkający w mieście. Zapewniono tłumaczenie na angielski, arabski i "
                "perski.</p>"
            ),
            "meeting_discussion": (
                "<p><b>Mieszkanie po uzyskaniu ochrony.</b> Uczestnicy opisali lukę między "
                "opuszczeniem zakwaterowania a podpisaniem pierwszej własnej umowy najmu: "
                "właściciele żądają poręczeń i przedpłat, a na dopłaty do czynszu trzeba czekać. "
                "Zaproponowano listę właścicieli, którzy już współpracowali z "
                "REACT.</p><p><b>Praca.</b> Wielu uchodźców pracuje sezonowo w turystyce i "
                "rolnictwie, bez stałego dochodu. Organizacje prosiły o łatwiejsze uznawanie "
                "kwalifikacji i lekcje greckiego dostosowane do konkretnych "
                "zawodów.</p><p><b>Partycypacja.</b> Członkowie Rady prosili, aby gmina "
                "odpowiadała na ich propozycje na piśmie. Delegacja Bolonii przedstawiła pakty "
                "współpracy jako sposób uczestnictwa bez wymogu obywatelstwa.</p>"
            ),
            "key_findings": (
                "<ul><li>Zakwaterowanie w mieszkaniach jest możliwe na dużą skalę i pod presją, "
                "o ile gmina sprawuje koordynację i ma doświadczony zespół "
                "mieszkaniowy.</li><li>Właściciele stają się sojusznikami, gdy program płaci "
                "terminowo i szybko rozwiązuje problemy.</li><li>Jeden punkt informacyjny z "
                "mediatorami międzykulturowymi zmniejsza zależność od nieformalnych "
                "pośredników.</li><li>Bez stabilnego finansowania i planu na dalsze kroki "
                "korzyści z zakwaterowania mogą zostać utracone po wyjściu z programu.</li></ul>"
            ),
            "strengths": (
                "<p>Wola polityczna, by zapewniać mieszkania w obrębie miasta; doświadczeni "
                "pracownicy znający języki mieszkańców; dobre relacje z właścicielami i "
                "sąsiadami; instytucjonalne ciało reprezentujące migrantów; aktywne "
                "społeczeństwo obywatelskie i środowisko akademickie, które wspierają te "
                "działania.</p>"
            ),
            "challenges": (
                "<p>Programy zależą niemal wyłącznie od środków europejskich i od decyzji rządu "
                "centralnego, które mogą się szybko zmienić. Krótki czas pozostawiony po "
                "uzyskaniu ochrony spycha wiele osób w niepewne warunki mieszkaniowe albo "
                "skłania do wyjazdu do innych krajów. Rada ds. Integracji Migrantów nie ma "
                "własnego budżetu, a jej wpływ pozostaje ograniczony.</p>"
            ),
            "next_actions": (
                "<ul><li>Gmina stworzy listę właścicieli gotowych wynajmować bezpośrednio "
                "uznanym uchodźcom, przy wsparciu Centrum Integracji Migrantów.</li><li>Rada ds. "
                "Integracji Migrantów zaproponuje radzie miasta, by odpowiadała na piśmie na jej "
                "propozycje w ciągu trzech miesięcy.</li><li>Wnioski z czterech wizyt zostaną "
                "opublikowane w publikacji online sieci do końca 2021 r.</li></ul>"
            ),
            "transferability": (
                "<p>Dla miast partnerskich najcenniejszym elementem REACT jest zespół "
                "mieszkaniowy pośredniczący między właścicielami a najemcami. Można go "
                "wprowadzić także w miastach, do których migranci przyjeżdżają głównie do pracy, "
                "takich jak Gdańsk, znacznie mniejszym kosztem niż pełny program "
                "zakwaterowania.</p><p>Centrum Integracji Migrantów pokazuje, że publiczny punkt "
                "obsługi ma wartość tylko wtedy, gdy jest połączony z innymi usługami. Ciało "
                "doradcze migrantów potrzebuje, oprócz formalnego istnienia, jasnego "
                "zobowiązania gminy do udzielania mu odpowiedzi.</p>"
            ),
            "authors": (
                "Eleni Papadopoulou (Gmina Saloniki), Giorgos Karagiannis (Stavrodromi), we "
                "współpracy z zespołem koordynującym Miasta Gdańska"
            ),
            "gallery": [
                {
                    "alt_text": (
                        "Ludzie siedzą w kręgu na świeżym powietrzu nad morzem i rozmawiają."
                    ),
                    "caption": "Otwarte spotkanie z organizacjami i migrantami w porcie.",
                    "credit": "Fot. Gmina Saloniki",
                },
                {
                    "alt_text": (
                        "Stragany z owocami, warzywami i przyprawami w wąskiej uliczce "
                        "targowiska Kapani."
                    ),
                    "caption": (
                        "Spacer po targowisku Kapani, gdzie pracują greccy kupcy i kupcy migranci."
                    ),
                    "credit": "Fot. Stavrodromi",
                },
                {
                    "alt_text": (
                        "Dwie kobiety w fartuchach przygotowują jedzenie w profesjonalnej kuchni."
                    ),
                    "caption": "Kuchnia szkoleniowa spółdzielni Stavrodromi.",
                    "credit": "Fot. Stavrodromi",
                },
            ],
        },
    },
    "practices": [
        {
            "start_date": "2017-01-01",
            "end_date": None,
            "status": "running",
            "people_reached": 4000,
            "contact_email": "react@thessaloniki.example.org",
            "thematic_areas": ["housing", "social-assistance", "health", "education"],
            "target_groups": ["refugees", "families", "children-youth"],
            "image": {
                "motif": "housing",
            },
            "el": {
                "slug": "react-stegasi-aitoynton-asylo",
                "title": "REACT: στέγαση αιτούντων άσυλο σε διαμερίσματα της πόλης",
                "summary": (
                    "Από το 2017 ο Δήμος Θεσσαλονίκης συντονίζει το REACT, ένα πρόγραμμα που "
                    "στεγάζει αιτούντες άσυλο, κυρίως οικογένειες και ευάλωτα άτομα, σε "
                    "ενοικιαζόμενα διαμερίσματα στις γειτονιές της πόλης αντί για καταυλισμούς. "
                    "Τα διαμερίσματα νοικιάζονται από ιδιώτες και κάθε νοικοκυριό υποστηρίζεται "
                    "από κοινωνικούς λειτουργούς, διερμηνείς και ψυχολόγους. Το REACT αποτελεί "
                    "μέρος του ευρωπαϊκού προγράμματος ESTIA. Το άρθρο εξηγεί πώς οργανώνεται η "
                    "συνεργασία δήμων και οργανώσεων, πώς βρίσκονται τα σπίτια, τι πέτυχε το "
                    "πρόγραμμα, πού δυσκολεύεται και τι χρειάζεται μια άλλη πόλη για να κάνει "
                    "κάτι ανάλογο."
                ),
                "implementing_organisation": "Δήμος Θεσσαλονίκης, συντονιστής της σύμπραξης REACT",
                "partners": (
                    "Γειτονικοί δήμοι της μητροπολιτικής περιοχής, η αναπτυξιακή εταιρεία του "
                    "Δήμου, τοπικές οργανώσεις όπως η Κοιν.Σ.Επ. «Σταυροδρόμι», η Ύπατη "
                    "Αρμοστεία του ΟΗΕ για τους Πρόσφυγες (έως το 2020) και το Υπουργείο "
                    "Μετανάστευσης και Ασύλου (από το 2021)."
                ),
                "purpose": (
                    "<p>Το 2016, μετά το κλείσιμο των συνόρων, χιλιάδες άνθρωποι έμειναν σε "
                    "πρόχειρες δομές γύρω από τη Θεσσαλονίκη, συχνά σε παλιά εργοστάσια και "
                    "στρατόπεδα, χωρίς επαρκείς συνθήκες. Ο Δήμος υποστήριξε ότι μια οικογένεια "
                    "που περιμένει την απόφαση για το αίτημα ασύλου της πρέπει να ζει σε ένα "
                    "σπίτι, να στέλνει τα παιδιά στο σχολείο της γειτονιάς και να έχει πρόσβαση "
                    "στις υπηρεσίες όπως κάθε κάτοικος.</p><p>Το REACT δημιουργήθηκε για να "
                    "κάνει αυτή την αρχή πράξη: ασφαλής και αξιοπρεπής στέγαση, στήριξη στην "
                    "καθημερινότητα και σταδιακή προετοιμασία για την αυτονομία.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Μια σύμπραξη με συντονιστή τον Δήμο</h3><p>Ο Δήμος Θεσσαλονίκης "
                            "έχει τον γενικό συντονισμό, υπογράφει τις συμβάσεις και ορίζει "
                            "κοινές διαδικασίες για όλους τους εταίρους. Κάθε εταίρος "
                            "αναλαμβάνει ένα μέρος των διαμερισμάτων ή συγκεκριμένες υπηρεσίες, "
                            "όπως διερμηνεία, ψυχοκοινωνική στήριξη ή τεχνική συντήρηση.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Πώς βρίσκονται τα σπίτια</h3><p>Τα διαμερίσματα νοικιάζονται "
                            "από ιδιώτες με κανονικά μισθωτήρια· ο ιδιοκτήτης πληρώνεται τακτικά "
                            "και το πρόγραμμα αναλαμβάνει τις μικροεπισκευές. Η ομάδα στέγασης "
                            "αποφεύγει να συγκεντρώνει πολλά διαμερίσματα στην ίδια πολυκατοικία "
                            "και πριν από κάθε μίσθωση ελέγχει την ασφάλεια και τον εξοπλισμό "
                            "του σπιτιού.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Στήριξη για κάθε νοικοκυριό</h3><ul><li>Κοινωνικός λειτουργός "
                            "αναφοράς και διερμηνέας για κάθε νοικοκυριό.</li><li>Εγγραφή των "
                            "παιδιών στο σχολείο και σύνδεση με το σύστημα "
                            "υγείας.</li><li>Ψυχολογική υποστήριξη και παραπομπή σε "
                            "εξειδικευμένες υπηρεσίες όταν χρειάζεται.</li><li>Ενημέρωση για τη "
                            "διαδικασία ασύλου και για τα επόμενα βήματα μετά την "
                            "απόφαση.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Στον καταυλισμό τα παιδιά μου δεν είχαν πού να διαβάσουν. Εδώ "
                                "έχουμε ένα τραπέζι στην κουζίνα, και η κόρη μου πήγε στην πρώτη "
                                "δημοτικού μαζί με τα παιδιά της πολυκατοικίας."
                            ),
                            "attribution": (
                                "Σαμίρα, μητέρα τριών παιδιών που φιλοξενήθηκε στο REACT"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Τι άλλαξε το 2021",
                            "text": (
                                "<p>Από τον Ιανουάριο του 2021 τη διαχείριση του ESTIA ανέλαβε "
                                "το Υπουργείο Μετανάστευσης και Ασύλου. Όσοι αναγνωρίζονται ως "
                                "δικαιούχοι διεθνούς προστασίας πρέπει να αφήσουν το διαμέρισμα "
                                "σε σύντομο χρονικό διάστημα, γι' αυτό η προετοιμασία για τη "
                                "μετάβαση ξεκινά από την πρώτη μέρα.</p>"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "Με μια ματιά",
                            "figures": [
                                {
                                    "value": "2017",
                                    "label": "έτος έναρξης του προγράμματος",
                                    "year": 2017,
                                    "source": "Δήμος Θεσσαλονίκης",
                                },
                                {
                                    "value": "≈ 1.000",
                                    "label": (
                                        "θέσεις σε διαμερίσματα στις περιόδους αιχμής "
                                        "(ενδεικτική τιμή)"
                                    ),
                                    "year": 2019,
                                    "source": "Εκτίμηση του προγράμματος",
                                },
                                {
                                    "value": "4.000",
                                    "label": (
                                        "άτομα που φιλοξενήθηκαν από την έναρξη (ενδεικτική "
                                        "εκτίμηση)"
                                    ),
                                    "year": 2021,
                                    "source": "Εκτίμηση του προγράμματος",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Η φιλοξενία σε διαμερίσματα έδωσε σε χιλιάδες ανθρώπους ένα "
                            "σταθερό σπίτι όσο διαρκούσε η διαδικασία ασύλου. Οι κοινωνικοί "
                            "λειτουργοί αναφέρουν ότι σχεδόν όλα τα παιδιά γράφονται στο σχολείο "
                            "και ότι η πρόσβαση στην υγεία είναι ευκολότερη απ' ό,τι στις δομές "
                            "εκτός πόλης. Οι σχέσεις με τους γείτονες ήταν στη μεγάλη τους "
                            "πλειονότητα ομαλές.</p><p>Η μεγαλύτερη δυσκολία είναι η έξοδος: "
                            "μετά την αναγνώριση πολλοί δεν έχουν ακόμη εργασία ούτε αρκετά "
                            "ελληνικά, ενώ τα ενοίκια στην πόλη ανεβαίνουν.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Στην αρχή δίσταζα. Τελικά το πρόγραμμα ήταν ο πιο συνεπής "
                                "ενοικιαστής που είχα, και η οικογένεια που έμενε στο σπίτι μου "
                                "μού φέρνει ακόμη γλυκά στις γιορτές."
                            ),
                            "attribution": "Κώστας, ιδιοκτήτης διαμερίσματος στην Άνω Πόλη",
                        },
                    },
                ],
                "evaluation": (
                    "<p>Το πρόγραμμα παρακολουθείται με μηνιαίες αναφορές προς τον φορέα "
                    "χρηματοδότησης, επισκέψεις ελέγχου στα διαμερίσματα και ερωτηματολόγια "
                    "ικανοποίησης των φιλοξενούμενων. Κατά την εμπειρία των ομάδων και των "
                    "οργανώσεων της πόλης, η στέγαση σε διαμερίσματα είναι πιο αξιοπρεπής και "
                    "βοηθά περισσότερο την ένταξη από τις μεγάλες δομές.</p><p>Η παρακολούθηση "
                    "μετρά κυρίως διαδικασίες, όπως θέσεις και διάρκεια φιλοξενίας, και λιγότερο "
                    "τι συμβαίνει στους ανθρώπους μετά την έξοδο. Η βραχυχρόνια χρηματοδότηση "
                    "και οι αλλαγές του θεσμικού πλαισίου δυσκολεύουν τον σχεδιασμό.</p>"
                ),
                "beneficiaries": (
                    "Αιτούντες άσυλο, με προτεραιότητα σε οικογένειες με παιδιά, μονογονεϊκές "
                    "οικογένειες, άτομα με αναπηρία ή σοβαρά προβλήματα υγείας και επιζώντες "
                    "βίας."
                ),
                "funding": (
                    "<p>Το πρόγραμμα χρηματοδοτείται από την Ευρωπαϊκή Ένωση μέσω του ESTIA: έως "
                    "το 2020 με διαχειριστή την Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες και "
                    "από το 2021 μέσω του Υπουργείου Μετανάστευσης και Ασύλου. Ο Δήμος διαθέτει "
                    "επιπλέον προσωπικό, γραφεία και τη σύνδεση με τις κοινωνικές του "
                    "υπηρεσίες.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Εξασφαλίστε απόφαση του δημοτικού συμβουλίου ότι ο Δήμος "
                    "αναλαμβάνει τον συντονισμό της στέγασης μέσα στην πόλη.</li><li>Συγκροτήστε "
                    "σύμπραξη με γειτονικούς δήμους και τοπικές οργανώσεις, με σαφή κατανομή "
                    "ρόλων και κοινές διαδικασίες.</li><li>Δημιουργήστε ομάδα στέγασης που "
                    "βρίσκει ιδιοκτήτες, ελέγχει τα σπίτια και είναι διαθέσιμη για κάθε "
                    "πρόβλημα.</li><li>Ορίστε ανώτατο αριθμό διαμερισμάτων ανά πολυκατοικία και "
                    "ανά γειτονιά.</li><li>Συνδέστε κάθε νοικοκυριό με κοινωνικό λειτουργό, "
                    "διερμηνέα, σχολείο και υπηρεσίες υγείας από την πρώτη "
                    "εβδομάδα.</li><li>Σχεδιάστε από την αρχή τη μετάβαση στην αυτονομία, σε "
                    "συνεργασία με προγράμματα επιδότησης ενοικίου και απασχόλησης.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Υπουργείο Μετανάστευσης και Ασύλου",
                        "url": "https://migration.gov.gr/",
                    },
                    {
                        "title": "Δήμος Θεσσαλονίκης",
                        "url": "https://thessaloniki.gr/",
                    },
                ],
                "contact_name": "Νίκος Αθανασίου",
            },
            "en": {
                "slug": "react-housing-for-asylum-seekers",
                "title": "REACT: housing asylum seekers in apartments across the city",
                "summary": (
                    "Since 2017 the Municipality of Thessaloniki has coordinated REACT, a "
                    "programme that houses asylum seekers, mainly families and vulnerable "
                    "people, in rented apartments in the city's neighbourhoods instead of camps. "
                    "The apartments are rented from private owners, and each household is "
                    "supported by social workers, interpreters and psychologists. REACT is part "
                    "of the European ESTIA programme. The article explains how the cooperation "
                    "between municipalities and organisations is organised, how homes are found, "
                    "what the programme has achieved, where it struggles and what another city "
                    "needs to do something similar."
                ),
                "implementing_organisation": (
                    "Municipality of Thessaloniki, coordinator of the REACT partnership"
                ),
                "partners": (
                    "Neighbouring municipalities of the metropolitan area, the municipality's "
                    "development agency, local organisations such as the Stavrodromi social "
                    "cooperative enterprise, the UN Refugee Agency (UNHCR, until 2020) and the "
                    "Ministry of Migration and Asylum (from 2021)."
                ),
                "purpose": (
                    "<p>In 2016, after the border closed, thousands of people were left in "
                    "makeshift facilities around Thessaloniki, often in old factories and army "
                    "camps, in inadequate conditions. The municipality argued that a family "
                    "waiting for a decision on its asylum claim should live in a home, send the "
                    "children to the neighbourhood school and have access to services like any "
                    "other resident.</p><p>REACT was created to put this principle into "
                    "practice: safe and dignified housing, support in everyday life and gradual "
                    "preparation for independence.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>A partnership coordinated by the municipality</h3><p>The "
                            "Municipality of Thessaloniki holds the overall coordination, signs "
                            "the contracts and sets common procedures for all partners. Each "
                            "partner takes on part of the apartments or specific services, such "
                            "as interpreting, psychosocial support or technical maintenance.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>How homes are found</h3><p>The apartments are rented from "
                            "private owners under ordinary leases; the owner is paid on time and "
                            "the programme takes care of minor repairs. The housing team avoids "
                            "concentrating many apartments in the same building and checks the "
                            "safety and equipment of each home before signing a lease.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Support for every household</h3><ul><li>A named social worker "
                            "and an interpreter for each household.</li><li>School enrolment for "
                            "the children and registration with the health "
                            "system.</li><li>Psychological support and referral to specialised "
                            "services when needed.</li><li>Information on the asylum procedure "
                            "and the next steps after the decision.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "In the camp my children had nowhere to study. Here we have a "
                                "table in the kitchen, and my daughter started first grade "
                                "together with the children from our building."
                            ),
                            "attribution": "Samira, mother of three, housed by REACT",
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "What changed in 2021",
                            "text": (
                                "<p>Since January 2021 ESTIA has been managed by the Ministry of "
                                "Migration and Asylum. People granted international protection "
                                "must leave the apartment within a short time, so preparation "
                                "for the transition starts on the first day.</p>"
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
                                    "value": "2017",
                                    "label": "year the programme started",
                                    "year": 2017,
                                    "source": "Municipality of Thessaloniki",
                                },
                                {
                                    "value": "≈ 1,000",
                                    "label": (
                                        "places in apartments at peak times (indicative value)"
                                    ),
                                    "year": 2019,
                                    "source": "Programme estimate",
                                },
                                {
                                    "value": "4,000",
                                    "label": "people housed since the start (indicative estimate)",
                                    "year": 2021,
                                    "source": "Programme estimate",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Housing in apartments gave thousands of people a stable home for "
                            "the duration of the asylum procedure. Social workers report that "
                            "almost all children are enrolled in school and that access to "
                            "health care is easier than in facilities outside the city. "
                            "Relations with neighbours have, in the great majority of cases, "
                            "been smooth.</p><p>The greatest difficulty is the exit: after "
                            "recognition many people still have no job and not enough Greek, "
                            "while rents in the city are rising.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "At first I hesitated. In the end the programme was the most "
                                "reliable tenant I have ever had, and the family who lived in my "
                                "flat still brings me sweets on holidays."
                            ),
                            "attribution": "Kostas, apartment owner in Ano Poli",
                        },
                    },
                ],
                "evaluation": (
                    "<p>The programme is monitored through monthly reports to the funding body, "
                    "inspection visits to the apartments and satisfaction questionnaires for "
                    "residents. In the experience of the teams and the city's organisations, "
                    "housing in apartments is more dignified and does more for integration than "
                    "large facilities.</p><p>Monitoring mainly measures processes, such as "
                    "places and length of stay, and much less what happens to people after they "
                    "leave. Short-term funding and changes to the legal framework make planning "
                    "difficult.</p>"
                ),
                "beneficiaries": (
                    "Asylum seekers, with priority for families with children, single-parent "
                    "families, people with disabilities or serious health problems, and "
                    "survivors of violence."
                ),
                "funding": (
                    "<p>The programme is funded by the European Union through ESTIA: until 2020 "
                    "it was managed by the UN Refugee Agency, and since 2021 by the Ministry of "
                    "Migration and Asylum. The municipality also provides staff, offices and the "
                    "link to its social services.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Secure a city council decision that the municipality takes on the "
                    "coordination of housing within the city.</li><li>Form a partnership with "
                    "neighbouring municipalities and local organisations, with a clear division "
                    "of roles and common procedures.</li><li>Set up a housing team that finds "
                    "owners, inspects homes and is available for any problem.</li><li>Set a "
                    "maximum number of apartments per building and per "
                    "neighbourhood.</li><li>Connect every household with a social worker, an "
                    "interpreter, a school and health services in the first week.</li><li>Plan "
                    "the transition to independence from the start, together with rent subsidy "
                    "and employment programmes.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Ministry of Migration and Asylum",
                        "url": "https://migration.gov.gr/",
                    },
                    {
                        "title": "Municipality of Thessaloniki",
                        "url": "https://thessaloniki.gr/",
                    },
                ],
                "contact_name": "Nikos Athanasiou",
            },
            "pl": {
                "slug": "react-mieszkania-w-miescie",
                "title": "REACT: mieszkania w mieście dla osób ubiegających się o azyl",
                "summary": (
                    "Od 2017 r. gmina Saloniki koordynuje REACT – program, który zapewnia osobom "
                    "ubiegającym się o azyl, głównie rodzinom i osobom szczególnie wrażliwym, "
                    "wynajmowane mieszkania w dzielnicach miasta zamiast miejsc w obozach. "
                    "Mieszkania są wynajmowane od prywatnych właścicieli, a każde gospodarstwo "
                    "domowe wspierają pracownicy socjalni, tłumacze i psycholodzy. REACT jest "
                    "częścią europejskiego programu ESTIA. Artykuł wyjaśnia, jak zorganizowana "
                    "jest współpraca gmin i organizacji, jak znajduje się mieszkania, co program "
                    "osiągnął, z czym ma trudności i czego potrzebuje inne miasto, aby zrobić "
                    "coś podobnego."
                ),
                "implementing_organisation": "Gmina Saloniki, koordynator partnerstwa REACT",
                "partners": (
                    "Sąsiednie gminy obszaru metropolitalnego, agencja rozwoju gminy, lokalne "
                    "organizacje, takie jak spółdzielnia socjalna Stavrodromi, Biuro Wysokiego "
                    "Komisarza ONZ ds. Uchodźców (UNHCR, do 2020 r.) oraz Ministerstwo Migracji "
                    "i Azylu (od 2021 r.)."
                ),
                "purpose": (
                    "<p>W 2016 r., po zamknięciu granicy, tysiące ludzi zostały w "
                    "prowizorycznych ośrodkach wokół Salonik, często w starych fabrykach i "
                    "koszarach, w nieodpowiednich warunkach. Gmina przekonywała, że rodzina "
                    "czekająca na decyzję w sprawie azylu powinna mieszkać w domu, posyłać "
                    "dzieci do szkoły w sąsiedztwie i mieć dostęp do usług jak każdy "
                    "mieszkaniec.</p><p>REACT powstał, aby wprowadzić tę zasadę w życie: "
                    "bezpieczne i godne mieszkanie, wsparcie w codziennym życiu i stopniowe "
                    "przygotowanie do samodzielności.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Partnerstwo koordynowane przez gminę</h3><p>Gmina Saloniki "
                            "odpowiada za ogólną koordynację, podpisuje umowy i ustala wspólne "
                            "procedury dla wszystkich partnerów. Każdy partner przejmuje część "
                            "mieszkań lub określone usługi, takie jak tłumaczenia, wsparcie "
                            "psychospołeczne czy konserwacja techniczna.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Jak znajduje się mieszkania</h3><p>Mieszkania są wynajmowane od "
                            "prywatnych właścicieli na zwykłych umowach najmu; właściciel "
                            "dostaje czynsz terminowo, a program zajmuje się drobnymi naprawami. "
                            "Zespół mieszkaniowy unika skupiania wielu mieszkań w jednym budynku "
                            "i przed podpisaniem każdej umowy sprawdza bezpieczeństwo i "
                            "wyposażenie lokalu.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Wsparcie dla każdego gospodarstwa domowego</h3><ul><li>Stały "
                            "pracownik socjalny i tłumacz dla każdego gospodarstwa "
                            "domowego.</li><li>Zapisanie dzieci do szkoły i rejestracja w "
                            "systemie opieki zdrowotnej.</li><li>Wsparcie psychologiczne i w "
                            "razie potrzeby skierowanie do wyspecjalizowanych "
                            "służb.</li><li>Informacja o procedurze azylowej i o kolejnych "
                            "krokach po decyzji.</li></ul>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "W obozie moje dzieci nie miały gdzie się uczyć. Tutaj mamy stół "
                                "w kuchni, a córka poszła do pierwszej klasy razem z dziećmi z "
                                "naszego bloku."
                            ),
                            "attribution": (
                                "Samira, matka trojga dzieci, mieszkała w mieszkaniu programu "
                                "REACT"
                            ),
                        },
                    },
                    {
                        "type": "callout",
                        "value": {
                            "heading": "Co zmieniło się w 2021 r.",
                            "text": (
                                "<p>Od stycznia 2021 r. programem ESTIA zarządza Ministerstwo "
                                "Migracji i Azylu. Osoby, które otrzymały ochronę "
                                "międzynarodową, muszą opuścić mieszkanie w krótkim czasie, "
                                "dlatego przygotowanie do tej zmiany zaczyna się od pierwszego "
                                "dnia.</p>"
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
                                    "value": "2017",
                                    "label": "rok rozpoczęcia programu",
                                    "year": 2017,
                                    "source": "Gmina Saloniki",
                                },
                                {
                                    "value": "≈ 1000",
                                    "label": (
                                        "miejsc w mieszkaniach w okresach szczytowych (wartość "
                                        "orientacyjna)"
                                    ),
                                    "year": 2019,
                                    "source": "Szacunek programu",
                                },
                                {
                                    "value": "4000",
                                    "label": (
                                        "osób zakwaterowanych od początku (szacunek orientacyjny)"
                                    ),
                                    "year": 2021,
                                    "source": "Szacunek programu",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Mieszkania dały tysiącom ludzi stabilny dom na czas procedury "
                            "azylowej. Pracownicy socjalni zauważają, że niemal wszystkie dzieci "
                            "są zapisane do szkoły, a dostęp do opieki zdrowotnej jest "
                            "łatwiejszy niż w ośrodkach poza miastem. Relacje z sąsiadami w "
                            "zdecydowanej większości układały się "
                            "bezproblemowo.</p><p>Największą trudnością jest wyjście z programu: "
                            "po uzyskaniu ochrony wiele osób nie ma jeszcze pracy ani "
                            "wystarczającej znajomości greckiego, a czynsze w mieście rosną.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Na początku się wahałem. W końcu program okazał się najbardziej "
                                "solidnym najemcą, jakiego miałem, a rodzina, która mieszkała w "
                                "moim mieszkaniu, do dziś przynosi mi słodycze na święta."
                            ),
                            "attribution": "Kostas, właściciel mieszkania w dzielnicy Ano Poli",
                        },
                    },
                ],
                "evaluation": (
                    "<p>Program jest monitorowany za pomocą comiesięcznych sprawozdań dla "
                    "instytucji finansującej, wizyt kontrolnych w mieszkaniach i ankiet "
                    "satysfakcji wśród mieszkańców. Z doświadczenia zespołów i organizacji "
                    "miejskich wynika, że mieszkania są rozwiązaniem godniejszym i lepiej "
                    "służącym integracji niż duże ośrodki.</p><p>Monitoring mierzy głównie "
                    "procesy, takie jak liczba miejsc i długość pobytu, a znacznie mniej to, co "
                    "dzieje się z ludźmi po wyjściu z programu. Krótkoterminowe finansowanie i "
                    "zmiany ram prawnych utrudniają planowanie.</p>"
                ),
                "beneficiaries": (
                    "Osoby ubiegające się o azyl, w pierwszej kolejności rodziny z dziećmi, "
                    "rodzice samotnie wychowujący dzieci, osoby z niepełnosprawnościami lub "
                    "poważnymi problemami zdrowotnymi oraz osoby, które przeżyły przemoc."
                ),
                "funding": (
                    "<p>Program jest finansowany przez Unię Europejską w ramach ESTIA: do 2020 "
                    "r. zarządzało nim Biuro Wysokiego Komisarza ONZ ds. Uchodźców, a od 2021 r. "
                    "Ministerstwo Migracji i Azylu. Gmina zapewnia dodatkowo personel, biura i "
                    "powiązanie z własnymi służbami społecznymi.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Uzyskać uchwałę rady miasta, że gmina przejmuje koordynację "
                    "zakwaterowania w obrębie miasta.</li><li>Stworzyć partnerstwo z sąsiednimi "
                    "gminami i lokalnymi organizacjami, z jasnym podziałem ról i wspólnymi "
                    "procedurami.</li><li>Powołać zespół mieszkaniowy, który znajduje "
                    "właścicieli, sprawdza lokale i jest dostępny w razie każdego "
                    "problemu.</li><li>Ustalić maksymalną liczbę mieszkań w jednym budynku i w "
                    "jednej okolicy.</li><li>Już w pierwszym tygodniu połączyć każde "
                    "gospodarstwo domowe z pracownikiem socjalnym, tłumaczem, szkołą i służbą "
                    "zdrowia.</li><li>Od początku planować przejście do samodzielności, we "
                    "współpracy z programami dopłat do czynszu i aktywizacji "
                    "zawodowej.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Ministerstwo Migracji i Azylu Grecji",
                        "url": "https://migration.gov.gr/",
                    },
                    {
                        "title": "Gmina Saloniki",
                        "url": "https://thessaloniki.gr/",
                    },
                ],
                "contact_name": "Nikos Athanasiou",
            },
        },
        {
            "start_date": "2018-10-01",
            "end_date": None,
            "status": "running",
            "people_reached": 3000,
            "contact_email": "kem@thessaloniki.example.org",
            "thematic_areas": ["social-assistance", "education", "communication", "employment"],
            "target_groups": ["newcomers", "refugees", "women", "workers"],
            "image": {
                "motif": "office",
            },
            "el": {
                "slug": "kentro-entaxis-metanaston",
                "title": (
                    "Κέντρο Ένταξης Μεταναστών: μία πόρτα για πληροφόρηση, ελληνικά και συμμετοχή"
                ),
                "summary": (
                    "Το Κέντρο Ένταξης Μεταναστών του Δήμου Θεσσαλονίκης λειτουργεί από το 2018 "
                    "στο πλαίσιο του Κέντρου Κοινότητας και είναι το πρώτο σημείο επαφής για "
                    "μετανάστες και πρόσφυγες που ζουν στην πόλη. Σε έναν χώρο προσφέρει "
                    "πληροφόρηση για έγγραφα και υπηρεσίες, μαθήματα ελληνικών, διαπολιτισμική "
                    "μεσολάβηση και συμβουλευτική για εργασία. Συνεργάζεται στενά με το "
                    "Συμβούλιο Ένταξης Μεταναστών, μέσα από το οποίο οι ίδιοι οι μετανάστες "
                    "μεταφέρουν προβλήματα και προτάσεις στη δημοτική αρχή. Το άρθρο περιγράφει "
                    "πώς λειτουργεί, τι έχει πετύχει, ποια είναι τα όριά του και πώς μπορεί να "
                    "το επαναλάβει μια άλλη πόλη."
                ),
                "implementing_organisation": (
                    "Δήμος Θεσσαλονίκης – Κέντρο Κοινότητας, Κέντρο Ένταξης Μεταναστών"
                ),
                "partners": (
                    "Συμβούλιο Ένταξης Μεταναστών του Δήμου, Κέντρα Εξυπηρέτησης Πολιτών (ΚΕΠ), "
                    "δημοτικές κοινωνικές υπηρεσίες, σχολεία, Οργανισμός Απασχόλησης Εργατικού "
                    "Δυναμικού (ΟΑΕΔ), κοινότητες και σύλλογοι μεταναστών, Κοιν.Σ.Επ. "
                    "«Σταυροδρόμι»."
                ),
                "purpose": (
                    "<p>Πολλοί μετανάστες και πρόσφυγες ζουν χρόνια στη Θεσσαλονίκη χωρίς να "
                    "γνωρίζουν ποια δικαιώματα έχουν και πού να απευθυνθούν. Η γραφειοκρατία, η "
                    "γλώσσα και οι συχνές αλλαγές στις διαδικασίες τούς στρέφουν συχνά σε "
                    "άτυπους μεσάζοντες, μερικές φορές με κόστος.</p><p>Το Κέντρο δημιουργήθηκε "
                    "για να προσφέρει μια αξιόπιστη, δωρεάν και δημόσια πόρτα, όπου κάποιος "
                    "μπορεί να μιλήσει στη γλώσσα του, να καταλάβει τι πρέπει να κάνει και να "
                    "συνδεθεί με τις υπηρεσίες που ήδη υπάρχουν.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Ένα σημείο, πολλές υπηρεσίες</h3><p>Το Κέντρο βρίσκεται σε "
                            "κεντρικό σημείο της πόλης και δέχεται επισκέπτες χωρίς ραντεβού τα "
                            "πρωινά και με ραντεβού τα απογεύματα. Κοινωνικοί επιστήμονες και "
                            "διαπολιτισμικοί μεσολαβητές καταγράφουν το αίτημα και είτε το "
                            "λύνουν επιτόπου είτε συνοδεύουν τον ενδιαφερόμενο στην αρμόδια "
                            "υπηρεσία.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Τι προσφέρει</h3><ul><li>Πληροφόρηση για άδειες διαμονής, ΑΜΚΑ, "
                            "ΑΦΜ και επιδόματα.</li><li>Μαθήματα ελληνικών για ενήλικες, με "
                            "τμήματα για γυναίκες και φύλαξη παιδιών.</li><li>Διαπολιτισμική "
                            "μεσολάβηση σε σχολεία, νοσοκομεία και δημοτικές "
                            "υπηρεσίες.</li><li>Συμβουλευτική για εργασία, βιογραφικό και "
                            "αναγνώριση προσόντων.</li></ul>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Η φωνή των μεταναστών</h3><p>Το Συμβούλιο Ένταξης Μεταναστών, "
                            "που προβλέπεται από τον νόμο σε κάθε δήμο, αποτελείται από "
                            "δημοτικούς συμβούλους, εκπροσώπους μεταναστών και φορέων. "
                            "Συνεδριάζει στους χώρους του Κέντρου, όπου οι εργαζόμενοί του "
                            "μεταφέρουν τα προβλήματα που βλέπουν κάθε μέρα, και στέλνει "
                            "προτάσεις στο δημοτικό συμβούλιο.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Όταν ήρθα, νόμιζα ότι για κάθε χαρτί έπρεπε να πληρώσω κάποιον. "
                                "Στο Κέντρο μού τα εξήγησαν όλα στα αραβικά, και σήμερα δουλεύω "
                                "κι εγώ εδώ ως μεσολαβητής."
                            ),
                            "attribution": (
                                "Αχμέτ, διαπολιτισμικός μεσολαβητής στο Κέντρο Ένταξης Μεταναστών"
                            ),
                        },
                    },
                ],
                "results": [
                    {
                        "type": "key_figures",
                        "value": {
                            "heading": "Με μια ματιά",
                            "figures": [
                                {
                                    "value": "2018",
                                    "label": "έτος έναρξης λειτουργίας",
                                    "year": 2018,
                                    "source": "Δήμος Θεσσαλονίκης",
                                },
                                {
                                    "value": "6",
                                    "label": "γλώσσες εξυπηρέτησης (ενδεικτικά)",
                                    "year": 2021,
                                    "source": "Στοιχεία του Κέντρου",
                                },
                                {
                                    "value": "3.000",
                                    "label": (
                                        "άτομα που εξυπηρετήθηκαν από την έναρξη (ενδεικτική "
                                        "εκτίμηση)"
                                    ),
                                    "year": 2021,
                                    "source": "Εκτίμηση του Κέντρου",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Τα συχνότερα αιτήματα αφορούν τις άδειες διαμονής, τους αριθμούς "
                            "μητρώου για εργασία και υγεία και την εγγραφή των παιδιών στο "
                            "σχολείο. Τα μαθήματα ελληνικών έχουν σταθερά λίστα αναμονής, ιδίως "
                            "τα απογευματινά τμήματα.</p><p>Μετά από πρόταση του Συμβουλίου, ο "
                            "Δήμος ετοίμασε πολύγλωσσο ενημερωτικό υλικό για τις δημοτικές "
                            "υπηρεσίες και ενίσχυσε τη διερμηνεία στις κοινωνικές υπηρεσίες.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Το Κέντρο καταγράφει κάθε επίσκεψη σε ηλεκτρονικό σύστημα και υποβάλλει "
                    "τακτικές εκθέσεις προόδου στη διαχειριστική αρχή. Οι εκθέσεις μετρούν "
                    "κυρίως τον αριθμό των εξυπηρετήσεων· δεν υπάρχει ακόμη συστηματική "
                    "αξιολόγηση του αν οι άνθρωποι λύνουν τελικά το πρόβλημά τους.</p><p>Το "
                    "Συμβούλιο Ένταξης Μεταναστών έχει περιορισμένη επιρροή: δεν συνεδριάζει σε "
                    "τακτά διαστήματα, και η συμμετοχή των εκπροσώπων εξαρτάται από τον ελεύθερο "
                    "χρόνο τους, αφού η θέση δεν αμείβεται.</p>"
                ),
                "beneficiaries": (
                    "Μετανάστες και πρόσφυγες που ζουν στον Δήμο Θεσσαλονίκης, ανεξάρτητα από το "
                    "καθεστώς διαμονής τους, με ιδιαίτερη προσοχή σε γυναίκες, νέους και "
                    "νεοαφιχθέντες."
                ),
                "funding": (
                    "<p>Το Κέντρο χρηματοδοτείται από το Περιφερειακό Επιχειρησιακό Πρόγραμμα "
                    "Κεντρικής Μακεδονίας με πόρους του Ευρωπαϊκού Κοινωνικού Ταμείου, σε "
                    "κύκλους λίγων ετών. Ο Δήμος παρέχει τον χώρο και την υποστήριξη των "
                    "κοινωνικών του υπηρεσιών. Η ανανέωση της χρηματοδότησης σε κάθε κύκλο είναι "
                    "μια διαρκής αβεβαιότητα για το προσωπικό.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Χαρτογραφήστε ποιες υπηρεσίες για μετανάστες υπάρχουν ήδη στην "
                    "πόλη, ώστε το Κέντρο να τις συνδέει και όχι να τις "
                    "επικαλύπτει.</li><li>Εντάξτε το Κέντρο σε μια υπάρχουσα δημοτική δομή, όπως "
                    "ένα κέντρο κοινότητας, για να έχει άμεση πρόσβαση στις υπόλοιπες υπηρεσίες "
                    "του δήμου.</li><li>Προσλάβετε διαπολιτισμικούς μεσολαβητές από τις "
                    "κοινότητες που εξυπηρετείτε και εκπαιδεύστε τους "
                    "συστηματικά.</li><li>Προσφέρετε μαθήματα γλώσσας σε ώρες και μορφές που "
                    "ταιριάζουν σε εργαζόμενους και γονείς.</li><li>Δώστε στο συμβουλευτικό "
                    "όργανο των μεταναστών σταθερό χώρο, γραμματειακή υποστήριξη και την "
                    "υποχρέωση του δήμου να απαντά στις προτάσεις του.</li><li>Καταγράφετε όχι "
                    "μόνο τον αριθμό των επισκέψεων αλλά και αν λύθηκε τελικά το "
                    "αίτημα.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Δήμος Θεσσαλονίκης",
                        "url": "https://thessaloniki.gr/",
                    },
                ],
                "contact_name": "Μαρία Ιωαννίδου",
            },
            "en": {
                "slug": "migrant-integration-centre",
                "title": (
                    "Migrant Integration Centre: one door for information, Greek and participation"
                ),
                "summary": (
                    "The Migrant Integration Centre of the Municipality of Thessaloniki has "
                    "operated since 2018 within the Community Centre and is the first point of "
                    "contact for migrants and refugees living in the city. In one place it "
                    "offers information on documents and services, Greek lessons, intercultural "
                    "mediation and employment advice. It works closely with the Migrant "
                    "Integration Council, through which migrants themselves bring problems and "
                    "proposals to the city administration. The article describes how the Centre "
                    "works, what it has achieved, where its limits lie and how another city can "
                    "repeat it."
                ),
                "implementing_organisation": (
                    "Municipality of Thessaloniki – Community Centre, Migrant Integration Centre"
                ),
                "partners": (
                    "The municipality's Migrant Integration Council, Citizens' Service Centres "
                    "(KEP), municipal social services, schools, the Manpower Employment "
                    "Organisation (OAED), migrant communities and associations, the Stavrodromi "
                    "social cooperative enterprise."
                ),
                "purpose": (
                    "<p>Many migrants and refugees live in Thessaloniki for years without "
                    "knowing what rights they have or where to turn. Bureaucracy, language and "
                    "frequent changes in procedures often push them towards informal "
                    "intermediaries, sometimes at a price.</p><p>The Centre was created to offer "
                    "a reliable, free and public door, where people can speak in their own "
                    "language, understand what they need to do and be connected with the "
                    "services that already exist.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>One place, many services</h3><p>The Centre is located in a "
                            "central part of the city and receives visitors without an "
                            "appointment in the mornings and by appointment in the afternoons. "
                            "Social scientists and intercultural mediators record each request "
                            "and either solve it on the spot or accompany the person to the "
                            "competent service.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>What it offers</h3><ul><li>Information on residence permits, "
                            "social security and tax numbers, and benefits.</li><li>Greek "
                            "lessons for adults, including classes for women with "
                            "childcare.</li><li>Intercultural mediation in schools, hospitals "
                            "and municipal services.</li><li>Advice on work, CVs and the "
                            "recognition of qualifications.</li></ul>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>The voice of migrants</h3><p>The Migrant Integration Council, "
                            "which the law provides for in every municipality, is made up of "
                            "municipal councillors and representatives of migrants and "
                            "organisations. It meets at the Centre, whose staff bring to it the "
                            "problems they see every day, and sends proposals to the city "
                            "council.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "When I arrived, I thought I had to pay someone for every piece "
                                "of paper. At the Centre they explained everything to me in "
                                "Arabic, and today I work here myself as a mediator."
                            ),
                            "attribution": (
                                "Ahmet, intercultural mediator at the Migrant Integration Centre"
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
                                    "value": "2018",
                                    "label": "year the Centre opened",
                                    "year": 2018,
                                    "source": "Municipality of Thessaloniki",
                                },
                                {
                                    "value": "6",
                                    "label": "languages in which visitors are served (indicative)",
                                    "year": 2021,
                                    "source": "Centre data",
                                },
                                {
                                    "value": "3,000",
                                    "label": "people served since the start (indicative estimate)",
                                    "year": 2021,
                                    "source": "Centre estimate",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>The most frequent requests concern residence permits, "
                            "registration numbers for work and health care, and enrolling "
                            "children in school. The Greek lessons always have a waiting list, "
                            "especially the afternoon classes.</p><p>Following a proposal from "
                            "the Council, the municipality prepared multilingual information "
                            "material on municipal services and increased interpreting in its "
                            "social services.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>The Centre records every visit in an electronic system and submits "
                    "regular progress reports to the managing authority. The reports mainly "
                    "count the number of services provided; there is not yet a systematic "
                    "evaluation of whether people finally solve their problem.</p><p>The Migrant "
                    "Integration Council has limited influence: it does not meet at regular "
                    "intervals, and the participation of representatives depends on their free "
                    "time, since the role is unpaid.</p>"
                ),
                "beneficiaries": (
                    "Migrants and refugees living in the Municipality of Thessaloniki, whatever "
                    "their residence status, with particular attention to women, young people "
                    "and newcomers."
                ),
                "funding": (
                    "<p>The Centre is funded by the Regional Operational Programme of Central "
                    "Macedonia with European Social Fund resources, in cycles of a few years. "
                    "The municipality provides the premises and the support of its social "
                    "services. Renewing the funding in each cycle is a constant uncertainty for "
                    "the staff.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Map the services for migrants that already exist in the city, so "
                    "that the Centre connects them rather than duplicating them.</li><li>Place "
                    "the Centre within an existing municipal structure, such as a community "
                    "centre, so that it has direct access to the municipality's other "
                    "services.</li><li>Recruit intercultural mediators from the communities you "
                    "serve and train them systematically.</li><li>Offer language lessons at "
                    "times and in formats that suit working people and parents.</li><li>Give the "
                    "migrants' advisory body a permanent space, secretarial support and an "
                    "obligation for the municipality to reply to its proposals.</li><li>Record "
                    "not only the number of visits but also whether the request was finally "
                    "resolved.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Municipality of Thessaloniki",
                        "url": "https://thessaloniki.gr/",
                    },
                ],
                "contact_name": "Maria Ioannidou",
            },
            "pl": {
                "slug": "centrum-integracji-migrantow",
                "title": (
                    "Centrum Integracji Migrantów: jedne drzwi do informacji, greckiego i "
                    "partycypacji"
                ),
                "summary": (
                    "Centrum Integracji Migrantów gminy Saloniki działa od 2018 r. w ramach "
                    "Centrum Społecznego i jest pierwszym punktem kontaktu dla migrantów i "
                    "uchodźców mieszkających w mieście. W jednym miejscu oferuje informacje o "
                    "dokumentach i usługach, lekcje greckiego, mediację międzykulturową i "
                    "doradztwo zawodowe. Ściśle współpracuje z Radą ds. Integracji Migrantów, za "
                    "której pośrednictwem sami migranci przekazują władzom miasta problemy i "
                    "propozycje. Artykuł opisuje, jak działa Centrum, co osiągnęło, gdzie leżą "
                    "jego granice i jak inne miasto może je powtórzyć."
                ),
                "implementing_organisation": (
                    "Gmina Saloniki – Centrum Społeczne, Centrum Integracji Migrantów"
                ),
                "partners": (
                    "Rada ds. Integracji Migrantów przy gminie, Centra Obsługi Obywateli (KEP), "
                    "miejskie służby społeczne, szkoły, Urząd Zatrudnienia (OAED), społeczności "
                    "i stowarzyszenia migrantów, spółdzielnia socjalna Stavrodromi."
                ),
                "purpose": (
                    "<p>Wielu migrantów i uchodźców mieszka w Salonikach latami, nie wiedząc, "
                    "jakie mają prawa ani dokąd się zwrócić. Biurokracja, język i częste zmiany "
                    "procedur często kierują ich do nieformalnych pośredników, czasem za "
                    "opłatą.</p><p>Centrum powstało, aby zapewnić wiarygodne, bezpłatne i "
                    "publiczne drzwi, za którymi można porozmawiać we własnym języku, zrozumieć, "
                    "co trzeba zrobić, i trafić do usług, które już istnieją.</p>"
                ),
                "how_it_works": [
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Jedno miejsce, wiele usług</h3><p>Centrum mieści się w "
                            "centralnej części miasta i przyjmuje odwiedzających rano bez "
                            "umawiania się, a po południu po wcześniejszym umówieniu. "
                            "Specjaliści nauk społecznych i mediatorzy międzykulturowi zapisują "
                            "każdą sprawę i albo załatwiają ją na miejscu, albo towarzyszą danej "
                            "osobie we właściwym urzędzie.</p>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Co oferuje</h3><ul><li>Informacje o zezwoleniach na pobyt, "
                            "numerach ubezpieczenia społecznego i podatkowych oraz o "
                            "świadczeniach.</li><li>Lekcje greckiego dla dorosłych, w tym "
                            "zajęcia dla kobiet z opieką nad dziećmi.</li><li>Mediację "
                            "międzykulturową w szkołach, szpitalach i urzędach "
                            "miejskich.</li><li>Doradztwo w sprawie pracy, CV i uznawania "
                            "kwalifikacji.</li></ul>"
                        ),
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<h3>Głos migrantów</h3><p>Rada ds. Integracji Migrantów, którą "
                            "ustawa przewiduje w każdej gminie, składa się z radnych oraz "
                            "przedstawicieli migrantów i organizacji. Obraduje w siedzibie "
                            "Centrum, którego pracownicy przedstawiają jej problemy widziane na "
                            "co dzień, i przesyła propozycje radzie miasta.</p>"
                        ),
                    },
                    {
                        "type": "quote",
                        "value": {
                            "quote": (
                                "Kiedy przyjechałem, myślałem, że za każdy papier muszę komuś "
                                "zapłacić. W Centrum wszystko mi wytłumaczono po arabsku, a dziś "
                                "sam pracuję tu jako mediator."
                            ),
                            "attribution": (
                                "Ahmet, mediator międzykulturowy w Centrum Integracji Migrantów"
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
                                    "value": "2018",
                                    "label": "rok otwarcia Centrum",
                                    "year": 2018,
                                    "source": "Gmina Saloniki",
                                },
                                {
                                    "value": "6",
                                    "label": (
                                        "języków, w których obsługuje się odwiedzających "
                                        "(orientacyjnie)"
                                    ),
                                    "year": 2021,
                                    "source": "Dane Centrum",
                                },
                                {
                                    "value": "3000",
                                    "label": (
                                        "osób obsłużonych od początku (szacunek orientacyjny)"
                                    ),
                                    "year": 2021,
                                    "source": "Szacunek Centrum",
                                },
                            ],
                        },
                    },
                    {
                        "type": "paragraph",
                        "value": (
                            "<p>Najczęstsze sprawy dotyczą zezwoleń na pobyt, numerów "
                            "ewidencyjnych potrzebnych do pracy i leczenia oraz zapisywania "
                            "dzieci do szkoły. Na lekcje greckiego zawsze czeka się w kolejce, "
                            "zwłaszcza na zajęcia popołudniowe.</p><p>Na wniosek Rady gmina "
                            "przygotowała wielojęzyczne materiały informacyjne o usługach "
                            "miejskich i zwiększyła dostęp do tłumaczy w swoich służbach "
                            "społecznych.</p>"
                        ),
                    },
                ],
                "evaluation": (
                    "<p>Centrum odnotowuje każdą wizytę w systemie elektronicznym i składa "
                    "regularne sprawozdania z postępów instytucji zarządzającej. Sprawozdania "
                    "liczą głównie udzielone usługi; wciąż brakuje systematycznej oceny, czy "
                    "ludzie ostatecznie rozwiązują swój problem.</p><p>Rada ds. Integracji "
                    "Migrantów ma ograniczony wpływ: nie zbiera się regularnie, a udział "
                    "przedstawicieli zależy od ich wolnego czasu, ponieważ funkcja ta jest "
                    "nieodpłatna.</p>"
                ),
                "beneficiaries": (
                    "Migranci i uchodźcy mieszkający w gminie Saloniki, bez względu na status "
                    "pobytowy, ze szczególnym uwzględnieniem kobiet, młodzieży i nowo "
                    "przybyłych."
                ),
                "funding": (
                    "<p>Centrum jest finansowane z Regionalnego Programu Operacyjnego Macedonii "
                    "Środkowej ze środków Europejskiego Funduszu Społecznego, w kilkuletnich "
                    "cyklach. Gmina zapewnia lokal i wsparcie swoich służb społecznych. "
                    "Odnawianie finansowania w każdym cyklu jest dla pracowników źródłem ciągłej "
                    "niepewności.</p>"
                ),
                "how_to_repeat": (
                    "<ol><li>Zmapować usługi dla migrantów, które już istnieją w mieście, tak "
                    "aby Centrum je łączyło, a nie dublowało.</li><li>Umieścić Centrum w "
                    "istniejącej strukturze miejskiej, np. w centrum społecznym, aby miało "
                    "bezpośredni dostęp do innych usług gminy.</li><li>Zatrudnić mediatorów "
                    "międzykulturowych ze społeczności, którym się służy, i systematycznie ich "
                    "szkolić.</li><li>Oferować lekcje języka w godzinach i formach dostosowanych "
                    "do osób pracujących i rodziców.</li><li>Zapewnić ciału doradczemu migrantów "
                    "stałe miejsce, obsługę sekretariatu i zobowiązanie gminy do odpowiadania na "
                    "jego propozycje.</li><li>Odnotowywać nie tylko liczbę wizyt, ale też to, "
                    "czy sprawa została ostatecznie załatwiona.</li></ol>"
                ),
                "links": [
                    {
                        "title": "Gmina Saloniki",
                        "url": "https://thessaloniki.gr/",
                    },
                ],
                "contact_name": "Maria Ioannidou",
            },
        },
    ],
}
