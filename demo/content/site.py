"""Pages and taxonomies every language of the site shares: the home page, the section index
pages, the publication, the plain pages (about, funding, privacy) and the snippets reports and
practices are filed under. English is the source language; see `demo/__init__.py` for the
format."""

LANGUAGES = ["en", "pl", "de", "nl", "it", "el"]

TAXONOMY = {
    "thematic_areas": [
        {
            "key": "education",
            "en": {
                "name": "Education",
                "description": (
                    "Language learning and schooling for children and adults, support for pupils "
                    "from migrant families and their teachers, and access to higher and "
                    "vocational education."
                ),
            },
            "pl": {
                "name": "Edukacja",
                "description": (
                    "Nauka języka i edukacja dzieci oraz dorosłych, wsparcie dla uczniów z rodzin "
                    "migranckich i ich nauczycieli, a także dostęp do szkolnictwa wyższego i "
                    "zawodowego."
                ),
            },
            "de": {
                "name": "Bildung",
                "description": (
                    "Sprachkurse und Schulbildung für Kinder und Erwachsene, Unterstützung für "
                    "Schülerinnen und Schüler aus zugewanderten Familien und ihre Lehrkräfte "
                    "sowie Zugang zu Hochschule und Berufsausbildung."
                ),
            },
            "nl": {
                "name": "Onderwijs",
                "description": (
                    "Taalonderwijs en scholing voor kinderen en volwassenen, ondersteuning van "
                    "leerlingen uit migrantengezinnen en hun leerkrachten, en toegang tot hoger "
                    "onderwijs en beroepsopleiding."
                ),
            },
            "it": {
                "name": "Istruzione",
                "description": (
                    "Apprendimento della lingua e istruzione per bambini e adulti, sostegno agli "
                    "alunni di famiglie migranti e ai loro insegnanti, accesso all'università e "
                    "alla formazione professionale."
                ),
            },
            "el": {
                "name": "Εκπαίδευση",
                "description": (
                    "Εκμάθηση της γλώσσας και εκπαίδευση για παιδιά και ενήλικες, στήριξη των "
                    "μαθητών από οικογένειες μεταναστών και των εκπαιδευτικών τους, καθώς και "
                    "πρόσβαση στην ανώτατη εκπαίδευση και την επαγγελματική κατάρτιση."
                ),
            },
        },
        {
            "key": "culture",
            "en": {
                "name": "Culture",
                "description": (
                    "Opening cultural institutions and events to newcomers, and supporting "
                    "migrant communities' own cultural activity as part of the city's cultural "
                    "life."
                ),
            },
            "pl": {
                "name": "Kultura",
                "description": (
                    "Otwieranie instytucji i wydarzeń kulturalnych na nowych mieszkańców oraz "
                    "wspieranie własnej aktywności kulturalnej społeczności migranckich jako "
                    "części życia kulturalnego miasta."
                ),
            },
            "de": {
                "name": "Kultur",
                "description": (
                    "Kultureinrichtungen und Veranstaltungen für Neuankommende öffnen und die "
                    "eigene kulturelle Arbeit migrantischer Communitys als Teil des städtischen "
                    "Kulturlebens fördern."
                ),
            },
            "nl": {
                "name": "Cultuur",
                "description": (
                    "Culturele instellingen en evenementen openstellen voor nieuwkomers en de "
                    "eigen culturele activiteiten van migrantengemeenschappen ondersteunen als "
                    "deel van het culturele leven van de stad."
                ),
            },
            "it": {
                "name": "Cultura",
                "description": (
                    "Aprire istituzioni ed eventi culturali ai nuovi arrivati e sostenere le "
                    "attività culturali delle comunità migranti come parte della vita culturale "
                    "della città."
                ),
            },
            "el": {
                "name": "Πολιτισμός",
                "description": (
                    "Άνοιγμα των πολιτιστικών φορέων και εκδηλώσεων στους νέους κατοίκους και "
                    "στήριξη της πολιτιστικής δραστηριότητας των κοινοτήτων μεταναστών ως μέρους "
                    "της πολιτιστικής ζωής της πόλης."
                ),
            },
        },
        {
            "key": "housing",
            "en": {
                "name": "Housing",
                "description": (
                    "Access to decent and affordable housing, from first accommodation for "
                    "refugees to help with finding a flat on the private market."
                ),
            },
            "pl": {
                "name": "Mieszkalnictwo",
                "description": (
                    "Dostęp do godnych i przystępnych cenowo mieszkań – od pierwszego "
                    "zakwaterowania dla uchodźców po pomoc w znalezieniu mieszkania na rynku "
                    "prywatnym."
                ),
            },
            "de": {
                "name": "Wohnen",
                "description": (
                    "Zugang zu angemessenem und bezahlbarem Wohnraum – von der ersten "
                    "Unterbringung Geflüchteter bis zur Hilfe bei der Wohnungssuche auf dem "
                    "freien Markt."
                ),
            },
            "nl": {
                "name": "Huisvesting",
                "description": (
                    "Toegang tot degelijke en betaalbare huisvesting, van de eerste opvang van "
                    "vluchtelingen tot hulp bij het vinden van een woning op de private markt."
                ),
            },
            "it": {
                "name": "Casa",
                "description": (
                    "Accesso a un'abitazione dignitosa e a costi sostenibili, dalla prima "
                    "accoglienza dei rifugiati all'aiuto nella ricerca di una casa sul mercato "
                    "privato."
                ),
            },
            "el": {
                "name": "Στέγαση",
                "description": (
                    "Πρόσβαση σε αξιοπρεπή και οικονομικά προσιτή στέγη, από την πρώτη φιλοξενία "
                    "των προσφύγων έως τη βοήθεια για την εύρεση κατοικίας στην ιδιωτική αγορά."
                ),
            },
        },
        {
            "key": "social-assistance",
            "en": {
                "name": "Social assistance",
                "description": (
                    "Making social services and benefits accessible to migrants, through "
                    "individual integration programmes, intercultural liaison workers and staff "
                    "trained to work with newcomers."
                ),
            },
            "pl": {
                "name": "Pomoc społeczna",
                "description": (
                    "Udostępnianie migrantom usług i świadczeń pomocy społecznej poprzez "
                    "indywidualne programy integracji, łączników międzykulturowych i kadrę "
                    "przygotowaną do pracy z nowymi mieszkańcami."
                ),
            },
            "de": {
                "name": "Soziale Unterstützung",
                "description": (
                    "Soziale Dienste und Leistungen für Zugewanderte zugänglich machen – mit "
                    "individuellen Integrationsprogrammen, interkulturellen Vermittlungskräften "
                    "und Personal, das für die Arbeit mit Neuankommenden geschult ist."
                ),
            },
            "nl": {
                "name": "Sociale hulpverlening",
                "description": (
                    "Sociale diensten en uitkeringen toegankelijk maken voor migranten, met "
                    "individuele integratietrajecten, interculturele bemiddelaars en medewerkers "
                    "die zijn opgeleid om met nieuwkomers te werken."
                ),
            },
            "it": {
                "name": "Assistenza sociale",
                "description": (
                    "Rendere accessibili ai migranti i servizi e le prestazioni sociali, con "
                    "programmi individuali di integrazione, mediatori interculturali e personale "
                    "formato per lavorare con i nuovi arrivati."
                ),
            },
            "el": {
                "name": "Κοινωνική πρόνοια",
                "description": (
                    "Πρόσβαση των μεταναστών στις κοινωνικές υπηρεσίες και παροχές, με "
                    "εξατομικευμένα προγράμματα ένταξης, διαπολιτισμικούς διαμεσολαβητές και "
                    "προσωπικό εκπαιδευμένο να εργάζεται με νέους κατοίκους."
                ),
            },
        },
        {
            "key": "employment",
            "en": {
                "name": "Employment",
                "description": (
                    "Access to work: information on rights and work permits, career guidance, "
                    "recognition of qualifications and protection against exploitation."
                ),
            },
            "pl": {
                "name": "Praca",
                "description": (
                    "Dostęp do rynku pracy: informacja o prawach i zezwoleniach na pracę, "
                    "doradztwo zawodowe, uznawanie kwalifikacji i ochrona przed wyzyskiem."
                ),
            },
            "de": {
                "name": "Beschäftigung",
                "description": (
                    "Zugang zum Arbeitsmarkt: Information über Rechte und Arbeitserlaubnisse, "
                    "Berufsberatung, Anerkennung von Qualifikationen und Schutz vor Ausbeutung."
                ),
            },
            "nl": {
                "name": "Werk",
                "description": (
                    "Toegang tot werk: informatie over rechten en werkvergunningen, "
                    "loopbaanbegeleiding, erkenning van diploma's en bescherming tegen uitbuiting."
                ),
            },
            "it": {
                "name": "Lavoro",
                "description": (
                    "Accesso al lavoro: informazioni su diritti e permessi di lavoro, "
                    "orientamento professionale, riconoscimento delle qualifiche e tutela dallo "
                    "sfruttamento."
                ),
            },
            "el": {
                "name": "Απασχόληση",
                "description": (
                    "Πρόσβαση στην εργασία: ενημέρωση για τα δικαιώματα και τις άδειες εργασίας, "
                    "επαγγελματικός προσανατολισμός, αναγνώριση προσόντων και προστασία από την "
                    "εκμετάλλευση."
                ),
            },
        },
        {
            "key": "violence-discrimination",
            "en": {
                "name": "Violence and discrimination",
                "description": (
                    "Preventing hate crime, racism and discrimination, supporting the people "
                    "affected, and anti-discrimination training for public institutions."
                ),
            },
            "pl": {
                "name": "Przemoc i dyskryminacja",
                "description": (
                    "Zapobieganie przestępstwom z nienawiści, rasizmowi i dyskryminacji, wsparcie "
                    "dla osób poszkodowanych oraz szkolenia antydyskryminacyjne dla instytucji "
                    "publicznych."
                ),
            },
            "de": {
                "name": "Gewalt und Diskriminierung",
                "description": (
                    "Hasskriminalität, Rassismus und Diskriminierung vorbeugen, Betroffene "
                    "unterstützen und die Beschäftigten öffentlicher Einrichtungen in "
                    "Antidiskriminierung schulen."
                ),
            },
            "nl": {
                "name": "Geweld en discriminatie",
                "description": (
                    "Haatmisdrijven, racisme en discriminatie voorkomen, slachtoffers "
                    "ondersteunen en medewerkers van openbare instellingen opleiden om "
                    "discriminatie tegen te gaan."
                ),
            },
            "it": {
                "name": "Violenza e discriminazione",
                "description": (
                    "Prevenire i crimini d'odio, il razzismo e la discriminazione, sostenere le "
                    "persone colpite e formare il personale delle istituzioni pubbliche contro la "
                    "discriminazione."
                ),
            },
            "el": {
                "name": "Βία και διακρίσεις",
                "description": (
                    "Πρόληψη των εγκλημάτων μίσους, του ρατσισμού και των διακρίσεων, στήριξη των "
                    "θυμάτων και εκπαίδευση του προσωπικού των δημόσιων φορέων στην καταπολέμηση "
                    "των διακρίσεων."
                ),
            },
        },
        {
            "key": "safety",
            "en": {
                "name": "Safety",
                "description": (
                    "Helping newcomers and long-standing residents alike feel safe, including "
                    "cooperation with the police and intercultural training for community police "
                    "officers."
                ),
            },
            "pl": {
                "name": "Bezpieczeństwo",
                "description": (
                    "Budowanie poczucia bezpieczeństwa nowych i dotychczasowych mieszkańców, w "
                    "tym współpraca z policją i szkolenia z kompetencji międzykulturowych dla "
                    "dzielnicowych."
                ),
            },
            "de": {
                "name": "Sicherheit",
                "description": (
                    "Dafür sorgen, dass sich Neuankommende wie Alteingesessene sicher fühlen, "
                    "etwa durch die Zusammenarbeit mit der Polizei und interkulturelle Schulungen "
                    "für Kontaktbeamtinnen und -beamte."
                ),
            },
            "nl": {
                "name": "Veiligheid",
                "description": (
                    "Ervoor zorgen dat nieuwkomers en wie er al langer woont zich veilig voelen, "
                    "onder meer door samenwerking met de politie en interculturele opleiding voor "
                    "wijkagenten."
                ),
            },
            "it": {
                "name": "Sicurezza",
                "description": (
                    "Far sentire al sicuro sia i nuovi arrivati sia chi vive in città da tempo, "
                    "anche attraverso la collaborazione con la polizia e la formazione "
                    "interculturale degli agenti di quartiere."
                ),
            },
            "el": {
                "name": "Ασφάλεια",
                "description": (
                    "Ενίσχυση του αισθήματος ασφάλειας τόσο των νέων όσο και των παλαιότερων "
                    "κατοίκων, μεταξύ άλλων μέσω της συνεργασίας με την αστυνομία και της "
                    "διαπολιτισμικής εκπαίδευσης των αστυνομικών της γειτονιάς."
                ),
            },
        },
        {
            "key": "local-communities",
            "en": {
                "name": "Local communities",
                "description": (
                    "Neighbourhood work that brings newcomers and long-standing residents "
                    "together: neighbourhood centres and clubs, local initiatives, volunteering "
                    "and mentoring."
                ),
            },
            "pl": {
                "name": "Społeczności lokalne",
                "description": (
                    "Działania w dzielnicach, które zbliżają nowych i dotychczasowych "
                    "mieszkańców: domy i kluby sąsiedzkie, lokalne inicjatywy, wolontariat i "
                    "mentoring."
                ),
            },
            "de": {
                "name": "Lokale Gemeinschaften",
                "description": (
                    "Arbeit in den Stadtteilen, die Neuankommende und Alteingesessene "
                    "zusammenbringt: Nachbarschaftshäuser und -treffs, lokale Initiativen, "
                    "Ehrenamt und Mentoring."
                ),
            },
            "nl": {
                "name": "Lokale gemeenschappen",
                "description": (
                    "Buurtwerk dat nieuwkomers en buurtbewoners samenbrengt: buurthuizen en "
                    "buurtclubs, lokale initiatieven, vrijwilligerswerk en mentoring."
                ),
            },
            "it": {
                "name": "Comunità locali",
                "description": (
                    "Lavoro di quartiere che avvicina nuovi arrivati e residenti di lunga data: "
                    "case e circoli di quartiere, iniziative locali, volontariato e mentoring."
                ),
            },
            "el": {
                "name": "Τοπικές κοινότητες",
                "description": (
                    "Δράσεις σε επίπεδο γειτονιάς που φέρνουν κοντά νέους και παλαιότερους "
                    "κατοίκους: κέντρα και λέσχες γειτονιάς, τοπικές πρωτοβουλίες, εθελοντισμός "
                    "και καθοδήγηση (mentoring)."
                ),
            },
        },
        {
            "key": "communication",
            "en": {
                "name": "Communication",
                "description": (
                    "How the city speaks about migration and diversity: information for newcomers "
                    "in languages they understand, public campaigns and a clear message from "
                    "local leaders."
                ),
            },
            "pl": {
                "name": "Komunikacja społeczna",
                "description": (
                    "Sposób, w jaki miasto mówi o migracjach i różnorodności: informacje dla "
                    "nowych mieszkańców w zrozumiałych dla nich językach, kampanie społeczne i "
                    "jasny przekaz lokalnych liderów."
                ),
            },
            "de": {
                "name": "Kommunikation",
                "description": (
                    "Wie die Stadt über Migration und Vielfalt spricht: Informationen für "
                    "Neuankommende in Sprachen, die sie verstehen, öffentliche Kampagnen und eine "
                    "klare Haltung der Verantwortlichen vor Ort."
                ),
            },
            "nl": {
                "name": "Communicatie",
                "description": (
                    "Hoe de stad over migratie en diversiteit spreekt: informatie voor "
                    "nieuwkomers in talen die ze begrijpen, publiekscampagnes en een duidelijke "
                    "boodschap van lokale leiders."
                ),
            },
            "it": {
                "name": "Comunicazione",
                "description": (
                    "Come la città parla di migrazione e diversità: informazioni per i nuovi "
                    "arrivati in lingue che comprendono, campagne pubbliche e un messaggio chiaro "
                    "da parte dei leader locali."
                ),
            },
            "el": {
                "name": "Επικοινωνία",
                "description": (
                    "Ο τρόπος με τον οποίο η πόλη μιλά για τη μετανάστευση και τη "
                    "διαφορετικότητα: ενημέρωση των νέων κατοίκων σε γλώσσες που καταλαβαίνουν, "
                    "δημόσιες εκστρατείες και σαφές μήνυμα από την τοπική ηγεσία."
                ),
            },
        },
        {
            "key": "health",
            "en": {
                "name": "Health",
                "description": (
                    "Access to health care and health information for migrants, help in urgent "
                    "situations and training for medical staff."
                ),
            },
            "pl": {
                "name": "Zdrowie",
                "description": (
                    "Dostęp migrantów do opieki zdrowotnej i informacji o zdrowiu, pomoc w "
                    "sytuacjach nagłych oraz szkolenia dla personelu medycznego."
                ),
            },
            "de": {
                "name": "Gesundheit",
                "description": (
                    "Zugang zu Gesundheitsversorgung und Gesundheitsinformationen für "
                    "Zugewanderte, Hilfe in dringenden Fällen und Schulungen für medizinisches "
                    "Personal."
                ),
            },
            "nl": {
                "name": "Gezondheid",
                "description": (
                    "Toegang tot gezondheidszorg en gezondheidsinformatie voor migranten, hulp in "
                    "dringende situaties en opleiding voor medisch personeel."
                ),
            },
            "it": {
                "name": "Salute",
                "description": (
                    "Accesso dei migranti all'assistenza sanitaria e alle informazioni sulla "
                    "salute, aiuto nelle situazioni urgenti e formazione del personale sanitario."
                ),
            },
            "el": {
                "name": "Υγεία",
                "description": (
                    "Πρόσβαση των μεταναστών στην υγειονομική περίθαλψη και στην ενημέρωση για "
                    "θέματα υγείας, βοήθεια σε επείγουσες περιπτώσεις και εκπαίδευση του ιατρικού "
                    "προσωπικού."
                ),
            },
        },
        {
            "key": "sport",
            "en": {
                "name": "Sport",
                "description": (
                    "Using sport and recreation to bring people together, from sports activities "
                    "open to newcomers to mixed teams and clubs."
                ),
            },
            "pl": {
                "name": "Sport",
                "description": (
                    "Sport i rekreacja jako sposób na zbliżanie ludzi – od zajęć sportowych "
                    "otwartych dla nowych mieszkańców po mieszane drużyny i kluby."
                ),
            },
            "de": {
                "name": "Sport",
                "description": (
                    "Sport und Freizeit nutzen, um Menschen zusammenzubringen – von "
                    "Sportangeboten für Neuankommende bis zu gemischten Teams und Vereinen."
                ),
            },
            "nl": {
                "name": "Sport",
                "description": (
                    "Sport en recreatie inzetten om mensen samen te brengen, van "
                    "sportactiviteiten die openstaan voor nieuwkomers tot gemengde teams en clubs."
                ),
            },
            "it": {
                "name": "Sport",
                "description": (
                    "Usare lo sport e il tempo libero per far incontrare le persone, dalle "
                    "attività sportive aperte ai nuovi arrivati alle squadre e ai club misti."
                ),
            },
            "el": {
                "name": "Αθλητισμός",
                "description": (
                    "Αξιοποίηση του αθλητισμού και της αναψυχής για να έρθουν κοντά οι άνθρωποι, "
                    "από αθλητικές δραστηριότητες ανοιχτές στους νέους κατοίκους έως μικτές "
                    "ομάδες και συλλόγους."
                ),
            },
        },
    ],
    "target_groups": [
        {
            "key": "children-youth",
            "en": {
                "name": "Children and young people",
            },
            "pl": {
                "name": "Dzieci i młodzież",
            },
            "de": {
                "name": "Kinder und Jugendliche",
            },
            "nl": {
                "name": "Kinderen en jongeren",
            },
            "it": {
                "name": "Bambini e ragazzi",
            },
            "el": {
                "name": "Παιδιά και νέοι",
            },
        },
        {
            "key": "families",
            "en": {
                "name": "Families",
            },
            "pl": {
                "name": "Rodziny",
            },
            "de": {
                "name": "Familien",
            },
            "nl": {
                "name": "Gezinnen",
            },
            "it": {
                "name": "Famiglie",
            },
            "el": {
                "name": "Οικογένειες",
            },
        },
        {
            "key": "women",
            "en": {
                "name": "Women",
            },
            "pl": {
                "name": "Kobiety",
            },
            "de": {
                "name": "Frauen",
            },
            "nl": {
                "name": "Vrouwen",
            },
            "it": {
                "name": "Donne",
            },
            "el": {
                "name": "Γυναίκες",
            },
        },
        {
            "key": "refugees",
            "en": {
                "name": "Refugees and asylum seekers",
            },
            "pl": {
                "name": "Uchodźcy i osoby ubiegające się o ochronę międzynarodową",
            },
            "de": {
                "name": "Geflüchtete und Asylsuchende",
            },
            "nl": {
                "name": "Vluchtelingen en asielzoekers",
            },
            "it": {
                "name": "Rifugiati e richiedenti asilo",
            },
            "el": {
                "name": "Πρόσφυγες και αιτούντες άσυλο",
            },
        },
        {
            "key": "workers",
            "en": {
                "name": "Labour migrants",
            },
            "pl": {
                "name": "Migranci zarobkowi",
            },
            "de": {
                "name": "Arbeitsmigrantinnen und -migranten",
            },
            "nl": {
                "name": "Arbeidsmigranten",
            },
            "it": {
                "name": "Lavoratori migranti",
            },
            "el": {
                "name": "Εργαζόμενοι μετανάστες",
            },
        },
        {
            "key": "students",
            "en": {
                "name": "Students",
            },
            "pl": {
                "name": "Studenci",
            },
            "de": {
                "name": "Studierende",
            },
            "nl": {
                "name": "Studenten",
            },
            "it": {
                "name": "Studenti",
            },
            "el": {
                "name": "Φοιτητές",
            },
        },
        {
            "key": "newcomers",
            "en": {
                "name": "Newcomers",
            },
            "pl": {
                "name": "Nowo przybyli",
            },
            "de": {
                "name": "Neuankommende",
            },
            "nl": {
                "name": "Nieuwkomers",
            },
            "it": {
                "name": "Nuovi arrivati",
            },
            "el": {
                "name": "Νεοαφιχθέντες",
            },
        },
        {
            "key": "professionals",
            "en": {
                "name": "Front-line staff and officials",
            },
            "pl": {
                "name": "Pracownicy pierwszego kontaktu i urzędnicy",
            },
            "de": {
                "name": "Fachkräfte und Verwaltungspersonal",
            },
            "nl": {
                "name": "Eerstelijnswerkers en ambtenaren",
            },
            "it": {
                "name": "Operatori e funzionari pubblici",
            },
            "el": {
                "name": "Επαγγελματίες πρώτης γραμμής και υπάλληλοι",
            },
        },
        {
            "key": "residents",
            "en": {
                "name": "The whole local community",
            },
            "pl": {
                "name": "Cała społeczność lokalna",
            },
            "de": {
                "name": "Die gesamte Stadtgesellschaft",
            },
            "nl": {
                "name": "De hele lokale gemeenschap",
            },
            "it": {
                "name": "L'intera comunità locale",
            },
            "el": {
                "name": "Ολόκληρη η τοπική κοινωνία",
            },
        },
    ],
    "policy_categories": [
        {
            "key": "social-rights",
            "en": {
                "name": "Social rights and inclusion",
            },
            "pl": {
                "name": "Prawa socjalne i włączenie społeczne",
            },
            "de": {
                "name": "Soziale Rechte und Inklusion",
            },
            "nl": {
                "name": "Sociale rechten en inclusie",
            },
            "it": {
                "name": "Diritti sociali e inclusione",
            },
            "el": {
                "name": "Κοινωνικά δικαιώματα και κοινωνική ένταξη",
            },
        },
        {
            "key": "reception",
            "en": {
                "name": "Reception and residence",
            },
            "pl": {
                "name": "Przyjmowanie i pobyt",
            },
            "de": {
                "name": "Aufnahme und Aufenthalt",
            },
            "nl": {
                "name": "Opvang en verblijf",
            },
            "it": {
                "name": "Accoglienza e soggiorno",
            },
            "el": {
                "name": "Υποδοχή και διαμονή",
            },
        },
        {
            "key": "participation",
            "en": {
                "name": "Participation, intercultural inclusion and anti-racism",
            },
            "pl": {
                "name": "Partycypacja, włączenie międzykulturowe i przeciwdziałanie rasizmowi",
            },
            "de": {
                "name": "Teilhabe, interkulturelle Inklusion und Antirassismus",
            },
            "nl": {
                "name": "Participatie, interculturele inclusie en antiracisme",
            },
            "it": {
                "name": "Partecipazione, inclusione interculturale e antirazzismo",
            },
            "el": {
                "name": "Συμμετοχή, διαπολιτισμική ένταξη και αντιρατσισμός",
            },
        },
        {
            "key": "civil-society",
            "en": {
                "name": "Civil-society collaboration",
            },
            "pl": {
                "name": "Współpraca ze społeczeństwem obywatelskim",
            },
            "de": {
                "name": "Zusammenarbeit mit der Zivilgesellschaft",
            },
            "nl": {
                "name": "Samenwerking met het middenveld",
            },
            "it": {
                "name": "Collaborazione con la società civile",
            },
            "el": {
                "name": "Συνεργασία με την κοινωνία των πολιτών",
            },
        },
    ],
    "networks": [
        {
            "key": "eurocities",
            "website": "https://eurocities.eu/",
            "en": {
                "name": "EUROCITIES",
            },
            "pl": {
                "name": "EUROCITIES",
            },
            "de": {
                "name": "EUROCITIES",
            },
            "nl": {
                "name": "EUROCITIES",
            },
            "it": {
                "name": "EUROCITIES",
            },
            "el": {
                "name": "EUROCITIES",
            },
        },
        {
            "key": "intercultural-cities",
            "website": "https://www.coe.int/en/web/interculturalcities",
            "en": {
                "name": "Intercultural Cities programme of the Council of Europe",
            },
            "pl": {
                "name": "Program Miast Międzykulturowych Rady Europy",
            },
            "de": {
                "name": "Programm „Interkulturelle Städte“ des Europarats",
            },
            "nl": {
                "name": "Intercultural Cities-programma van de Raad van Europa",
            },
            "it": {
                "name": "Programma Città interculturali del Consiglio d'Europa",
            },
            "el": {
                "name": "Πρόγραμμα «Διαπολιτισμικές Πόλεις» του Συμβουλίου της Ευρώπης",
            },
        },
        {
            "key": "solidarity-cities",
            "website": "https://solidaritycities.eu/",
            "en": {
                "name": "Solidarity Cities",
            },
            "pl": {
                "name": "Solidarity Cities",
            },
            "de": {
                "name": "Solidarity Cities",
            },
            "nl": {
                "name": "Solidarity Cities",
            },
            "it": {
                "name": "Solidarity Cities",
            },
            "el": {
                "name": "Solidarity Cities",
            },
        },
        {
            "key": "eccar",
            "website": "https://www.eccar.info/",
            "en": {
                "name": "European Coalition of Cities Against Racism",
            },
            "pl": {
                "name": "Europejska Koalicja Miast przeciwko Rasizmowi",
            },
            "de": {
                "name": "Europäische Städte-Koalition gegen Rassismus",
            },
            "nl": {
                "name": "Europese Coalitie van Steden tegen Racisme",
            },
            "it": {
                "name": "Coalizione europea delle città contro il razzismo",
            },
            "el": {
                "name": "Ευρωπαϊκός Συνασπισμός Πόλεων κατά του Ρατσισμού",
            },
        },
        {
            "key": "ump",
            "website": "https://metropolie.pl/",
            "en": {
                "name": "Union of Polish Metropolises",
            },
            "pl": {
                "name": "Unia Metropolii Polskich",
            },
            "de": {
                "name": "Union der Polnischen Metropolen",
            },
            "nl": {
                "name": "Unie van Poolse Metropolen",
            },
            "it": {
                "name": "Unione delle metropoli polacche",
            },
            "el": {
                "name": "Ένωση Πολωνικών Μητροπόλεων",
            },
        },
    ],
}

# Glossary terms beyond the names of the thematic areas and organisations (which the loader takes
# from their snippets): the Model's name as the demo's texts write it in each language.
GLOSSARY_TERMS = [
    {
        "note": "Gdańsk's immigrant integration policy of 2016, the network's common reference.",
        "en": "Immigrant Integration Model",
        "pl": "Model Integracji Imigrantów",
        "de": "Modell zur Integration von Immigrantinnen und Immigranten",
        "nl": "Integratiemodel voor Immigranten",
        "it": "Modello di integrazione degli immigrati",
        "el": "Μοντέλο Ένταξης Μεταναστών",
    },
]

PAGES = {
    "home": {
        "en": {
            "slug": "home",
            "title": "Welcoming Cities",
            "intro": (
                "Five European cities – Gdańsk, Bremen, Ghent, Bologna and Thessaloniki – visited "
                "one another in 2021 to see how each of them helps newcomers settle in. On this "
                "site they publish what they saw, what they discussed with local people and the "
                "practices other cities could take up."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>A network of cities learning from each other</h2>"
                        "<p>Welcoming Cities brings together five cities that receive migrants "
                        "and refugees and are looking for better ways to help them feel at home. "
                        "The network is coordinated by the Department of Social Development of "
                        "Gdańsk City Hall, which has been putting the city's Immigrant "
                        "Integration Model into practice since 2016.</p>"
                        "<p>Between March and June 2021 four of the partners each hosted a study "
                        "visit: Bremen, Ghent, Bologna and Thessaloniki. Each showed its guests "
                        "the places, projects and solutions that make the first months in a new "
                        "city easier, and introduced them to the people behind that work.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Two objectives</h2>"
                        "<ol>"
                        "<li><b>Exchanging experience between European cities.</b> The partners "
                        "show one another what they do, on their own or with others, to help "
                        "newcomers find their way and settle in, and compare the methods that "
                        "work.</li>"
                        "<li><b>Involving the people who make integration happen.</b> In every "
                        "city, local NGOs, institutions, activists and migrants themselves meet "
                        "the visitors to talk about the projects that help newcomers become part "
                        "of the local community.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>What you will find here</h2>"
                        "<ul>"
                        "<li><b>City profiles</b> describe each partner's migration context, its "
                        "integration policy and whom to contact.</li>"
                        "<li><b>Study-visit reports</b> follow each visit day by day and record "
                        "the conclusions hosts and guests reached together.</li>"
                        "<li><b>Practices</b> present activities that other cities could repeat, "
                        "with their results and advice on getting started.</li>"
                        "<li><b>The publication</b> brings the reports and practices together in "
                        "a single online volume.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "pl": {
            "slug": "home-pl",
            "title": "Welcoming Cities",
            "intro": (
                "Pięć europejskich miast – Gdańsk, Brema, Gandawa, Bolonia i Saloniki – "
                "odwiedziło się nawzajem w 2021 roku, aby zobaczyć, jak każde z nich pomaga nowym "
                "mieszkańcom się zadomowić. W tym serwisie miasta publikują to, co zobaczyły, o "
                "czym rozmawiały z mieszkańcami, oraz praktyki, które mogą przejąć inne miasta."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Sieć miast, które uczą się od siebie nawzajem</h2>"
                        "<p>Welcoming Cities łączy pięć miast, które przyjmują migrantów i "
                        "uchodźców i szukają lepszych sposobów, by pomóc im poczuć się jak u "
                        "siebie. Sieć koordynuje Wydział Rozwoju Społecznego Urzędu Miejskiego w "
                        "Gdańsku, który od 2016 roku wprowadza w życie gdański Model Integracji "
                        "Imigrantów.</p>"
                        "<p>Od marca do czerwca 2021 roku cztery miasta partnerskie zorganizowały "
                        "u siebie wizyty studyjne: Brema, Gandawa, Bolonia i Saloniki. Każde z "
                        "tych miast pokazało gościom miejsca, projekty i rozwiązania, które "
                        "ułatwiają pierwsze miesiące w nowym mieście, i przedstawiło ludzi, "
                        "którzy za nimi stoją.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Dwa cele</h2>"
                        "<ol>"
                        "<li><b>Wymiana doświadczeń między miastami europejskimi.</b> Partnerzy "
                        "pokazują sobie nawzajem, co robią – samodzielnie lub z innymi – aby "
                        "pomóc nowym mieszkańcom odnaleźć się w mieście i zadomowić, oraz "
                        "porównują metody, które się sprawdzają.</li>"
                        "<li><b>Zaangażowanie ludzi, którzy na co dzień tworzą integrację.</b> W "
                        "każdym mieście lokalne organizacje pozarządowe, instytucje, aktywiści i "
                        "sami migranci spotykają się z gośćmi, aby rozmawiać o projektach "
                        "pomagających nowym mieszkańcom stać się częścią lokalnej "
                        "społeczności.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Co znajdziesz w serwisie</h2>"
                        "<ul>"
                        "<li><b>Profile miast</b> opisują sytuację migracyjną każdego partnera, "
                        "jego politykę integracyjną oraz osoby do kontaktu.</li>"
                        "<li><b>Raporty z wizyt studyjnych</b> relacjonują każdą wizytę dzień po "
                        "dniu i zapisują wnioski, do których wspólnie doszli gospodarze i "
                        "goście.</li>"
                        "<li><b>Praktyki</b> przedstawiają działania, które inne miasta mogą "
                        "powtórzyć, wraz z ich rezultatami i wskazówkami, jak zacząć.</li>"
                        "<li><b>Publikacja</b> zbiera raporty i praktyki w jednym tomie "
                        "online.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "de": {
            "slug": "home-de",
            "title": "Welcoming Cities",
            "intro": (
                "Fünf europäische Städte – Danzig, Bremen, Gent, Bologna und Thessaloniki – haben "
                "sich 2021 gegenseitig besucht, um zu sehen, wie jede von ihnen Neuankommenden "
                "beim Einleben hilft. Hier veröffentlichen sie, was sie gesehen und mit den "
                "Menschen vor Ort besprochen haben, und stellen Ansätze vor, die andere Städte "
                "übernehmen können."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Ein Netzwerk von Städten, die voneinander lernen</h2>"
                        "<p>Welcoming Cities verbindet fünf Städte, die Migrantinnen, Migranten "
                        "und Geflüchtete aufnehmen und nach besseren Wegen suchen, ihnen das "
                        "Ankommen zu erleichtern. Koordiniert wird das Netzwerk von der Abteilung "
                        "für soziale Entwicklung der Stadtverwaltung Danzig, die seit 2016 das "
                        "Danziger Modell zur Integration von Immigrantinnen und Immigranten "
                        "umsetzt.</p>"
                        "<p>Von März bis Juni 2021 richteten vier der Partner jeweils einen "
                        "Studienbesuch aus: Bremen, Gent, Bologna und Thessaloniki. Jede Stadt "
                        "zeigte ihren Gästen Orte, Projekte und Lösungen, die die ersten Monate "
                        "in einer neuen Stadt erleichtern, und stellte ihnen die Menschen vor, "
                        "die diese Arbeit tragen.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Zwei Ziele</h2>"
                        "<ol>"
                        "<li><b>Erfahrungsaustausch zwischen europäischen Städten.</b> Die "
                        "Partner zeigen einander, was sie – allein oder mit anderen – tun, damit "
                        "sich Neuankommende zurechtfinden und einleben, und vergleichen Methoden, "
                        "die sich bewährt haben.</li>"
                        "<li><b>Die Menschen einbeziehen, die Integration gestalten.</b> In jeder "
                        "Stadt treffen lokale NGOs, Institutionen, Aktive und Zugewanderte selbst "
                        "die Gäste, um über Projekte zu sprechen, die Neuankommenden helfen, Teil "
                        "der örtlichen Gemeinschaft zu werden.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Was Sie hier finden</h2>"
                        "<ul>"
                        "<li><b>Städteprofile</b> beschreiben die Migrationssituation jeder "
                        "Partnerstadt, ihre Integrationspolitik und Ansprechpersonen.</li>"
                        "<li><b>Berichte über die Studienbesuche</b> folgen jedem Besuch Tag für "
                        "Tag und halten fest, zu welchen Schlüssen Gastgeber und Gäste gemeinsam "
                        "gekommen sind.</li>"
                        "<li><b>Praxisbeispiele</b> stellen Aktivitäten vor, die andere Städte "
                        "wiederholen können, mit ihren Ergebnissen und Hinweisen für den "
                        "Einstieg.</li>"
                        "<li><b>Die Publikation</b> fasst Berichte und Praxisbeispiele in einem "
                        "Online-Band zusammen.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "nl": {
            "slug": "home-nl",
            "title": "Welcoming Cities",
            "intro": (
                "Vijf Europese steden – Gdańsk, Bremen, Gent, Bologna en Thessaloniki – bezochten "
                "elkaar in 2021 om te zien hoe elk van hen nieuwkomers helpt zich te vestigen. Op "
                "deze website publiceren ze wat ze zagen, wat ze met mensen ter plaatse bespraken "
                "en welke praktijken andere steden kunnen overnemen."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Een netwerk van steden die van elkaar leren</h2>"
                        "<p>Welcoming Cities brengt vijf steden samen die migranten en "
                        "vluchtelingen ontvangen en zoeken naar betere manieren om hen te helpen "
                        "zich thuis te voelen. Het netwerk wordt gecoördineerd door de afdeling "
                        "Sociale Ontwikkeling van het stadsbestuur van Gdańsk, die sinds 2016 het "
                        "Integratiemodel voor Immigranten van de stad in de praktijk brengt.</p>"
                        "<p>Tussen maart en juni 2021 organiseerden vier van de partners elk een "
                        "studiebezoek: Bremen, Gent, Bologna en Thessaloniki. Elke stad liet haar "
                        "gasten plekken, projecten en oplossingen zien die de eerste maanden in "
                        "een nieuwe stad makkelijker maken, en bracht hen in contact met de "
                        "mensen achter dat werk.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Twee doelstellingen</h2>"
                        "<ol>"
                        "<li><b>Ervaringen uitwisselen tussen Europese steden.</b> De partners "
                        "laten elkaar zien wat ze – alleen of samen met anderen – doen om "
                        "nieuwkomers te helpen hun weg te vinden en zich te vestigen, en "
                        "vergelijken de methoden die werken.</li>"
                        "<li><b>De mensen betrekken die integratie waarmaken.</b> In elke stad "
                        "ontmoeten lokale ngo's, instellingen, activisten en migranten zelf de "
                        "bezoekers om te praten over de projecten die nieuwkomers helpen deel te "
                        "worden van de lokale gemeenschap.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Wat u hier vindt</h2>"
                        "<ul>"
                        "<li><b>Stadsprofielen</b> beschrijven de migratiecontext van elke "
                        "partner, het integratiebeleid en bij wie u terechtkunt.</li>"
                        "<li><b>Verslagen van de studiebezoeken</b> volgen elk bezoek dag na dag "
                        "en leggen vast tot welke conclusies gaststeden en bezoekers samen "
                        "kwamen.</li>"
                        "<li><b>Praktijken</b> stellen activiteiten voor die andere steden kunnen "
                        "herhalen, met hun resultaten en tips om te beginnen.</li>"
                        "<li><b>De publicatie</b> bundelt de verslagen en praktijken in één "
                        "onlinepublicatie.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "it": {
            "slug": "home-it",
            "title": "Welcoming Cities",
            "intro": (
                "Cinque città europee – Danzica, Brema, Gand, Bologna e Salonicco – si sono fatte "
                "visita a vicenda nel 2021 per vedere come ciascuna aiuta i nuovi arrivati a "
                "stabilirsi. Su questo sito pubblicano ciò che hanno visto, ciò di cui hanno "
                "discusso con le persone del posto e le pratiche che altre città potrebbero "
                "adottare."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Una rete di città che imparano l'una dall'altra</h2>"
                        "<p>Welcoming Cities riunisce cinque città che accolgono migranti e "
                        "rifugiati e cercano modi migliori per aiutarli a sentirsi a casa. La "
                        "rete è coordinata dal Dipartimento per lo sviluppo sociale del Comune di "
                        "Danzica, che dal 2016 mette in pratica il Modello di integrazione degli "
                        "immigrati della città.</p>"
                        "<p>Tra marzo e giugno 2021 quattro partner hanno ospitato ciascuno una "
                        "visita di studio: Brema, Gand, Bologna e Salonicco. Ogni città ha "
                        "mostrato ai suoi ospiti luoghi, progetti e soluzioni che rendono più "
                        "facili i primi mesi in una nuova città, e ha fatto conoscere loro le "
                        "persone che portano avanti questo lavoro.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Due obiettivi</h2>"
                        "<ol>"
                        "<li><b>Scambiare esperienze tra città europee.</b> I partner si mostrano "
                        "a vicenda che cosa fanno, da soli o insieme ad altri, per aiutare i "
                        "nuovi arrivati a orientarsi e a stabilirsi, e confrontano i metodi che "
                        "funzionano.</li>"
                        "<li><b>Coinvolgere le persone che rendono possibile l'integrazione.</b> "
                        "In ogni città ONG locali, istituzioni, attivisti e gli stessi migranti "
                        "incontrano i visitatori per parlare dei progetti che aiutano i nuovi "
                        "arrivati a entrare a far parte della comunità locale.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Che cosa trovate qui</h2>"
                        "<ul>"
                        "<li><b>I profili delle città</b> descrivono il contesto migratorio di "
                        "ciascun partner, la sua politica di integrazione e a chi rivolgersi.</li>"
                        "<li><b>I resoconti delle visite di studio</b> seguono ogni visita giorno "
                        "per giorno e riportano le conclusioni a cui ospitanti e ospiti sono "
                        "giunti insieme.</li>"
                        "<li><b>Le pratiche</b> presentano attività che altre città potrebbero "
                        "ripetere, con i loro risultati e consigli su come iniziare.</li>"
                        "<li><b>La pubblicazione</b> raccoglie resoconti e pratiche in un unico "
                        "volume online.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "el": {
            "slug": "home-el",
            "title": "Welcoming Cities",
            "intro": (
                "Πέντε ευρωπαϊκές πόλεις – το Γκντανσκ, η Βρέμη, η Γάνδη, η Μπολόνια και η "
                "Θεσσαλονίκη – επισκέφθηκαν η μία την άλλη το 2021, για να δουν πώς η καθεμία "
                "βοηθά τους νέους κατοίκους να εγκατασταθούν. Σε αυτόν τον ιστότοπο δημοσιεύουν "
                "όσα είδαν, όσα συζήτησαν με ανθρώπους της τοπικής κοινωνίας και τις πρακτικές "
                "που θα μπορούσαν να υιοθετήσουν και άλλες πόλεις."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Ένα δίκτυο πόλεων που μαθαίνουν η μία από την άλλη</h2>"
                        "<p>Το Welcoming Cities φέρνει κοντά πέντε πόλεις που υποδέχονται "
                        "μετανάστες και πρόσφυγες και αναζητούν καλύτερους τρόπους να τους "
                        "βοηθήσουν να νιώσουν σαν στο σπίτι τους. Το δίκτυο συντονίζεται από το "
                        "Τμήμα Κοινωνικής Ανάπτυξης του Δήμου Γκντανσκ, το οποίο από το 2016 "
                        "εφαρμόζει στην πράξη το Μοντέλο Ένταξης Μεταναστών της πόλης.</p>"
                        "<p>Από τον Μάρτιο έως τον Ιούνιο του 2021 τέσσερις εταίροι φιλοξένησαν "
                        "από μία επίσκεψη μελέτης: η Βρέμη, η Γάνδη, η Μπολόνια και η "
                        "Θεσσαλονίκη. Κάθε πόλη έδειξε στους επισκέπτες της χώρους, έργα και "
                        "λύσεις που κάνουν ευκολότερους τους πρώτους μήνες σε μια νέα πόλη και "
                        "τους έφερε σε επαφή με τους ανθρώπους που βρίσκονται πίσω από αυτή τη "
                        "δουλειά.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Δύο στόχοι</h2>"
                        "<ol>"
                        "<li><b>Ανταλλαγή εμπειριών μεταξύ ευρωπαϊκών πόλεων.</b> Οι εταίροι "
                        "δείχνουν ο ένας στον άλλον τι κάνουν, μόνοι τους ή μαζί με άλλους, για "
                        "να βοηθήσουν τους νέους κατοίκους να βρουν τον δρόμο τους και να "
                        "εγκατασταθούν, και συγκρίνουν τις μεθόδους που αποδίδουν.</li>"
                        "<li><b>Συμμετοχή των ανθρώπων που κάνουν την ένταξη πράξη.</b> Σε κάθε "
                        "πόλη τοπικές ΜΚΟ, φορείς, ακτιβιστές και οι ίδιοι οι μετανάστες "
                        "συναντούν τους επισκέπτες για να συζητήσουν τα έργα που βοηθούν τους "
                        "νέους κατοίκους να γίνουν μέρος της τοπικής κοινότητας.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Τι θα βρείτε εδώ</h2>"
                        "<ul>"
                        "<li><b>Τα προφίλ των πόλεων</b> περιγράφουν το μεταναστευτικό πλαίσιο "
                        "κάθε εταίρου, την πολιτική ένταξής του και σε ποιον μπορείτε να "
                        "απευθυνθείτε.</li>"
                        "<li><b>Οι εκθέσεις των επισκέψεων μελέτης</b> ακολουθούν κάθε επίσκεψη "
                        "μέρα με τη μέρα και καταγράφουν τα συμπεράσματα στα οποία κατέληξαν από "
                        "κοινού οικοδεσπότες και επισκέπτες.</li>"
                        "<li><b>Οι πρακτικές</b> παρουσιάζουν δράσεις που θα μπορούσαν να "
                        "επαναλάβουν και άλλες πόλεις, με τα αποτελέσματά τους και συμβουλές για "
                        "το πώς να ξεκινήσει κανείς.</li>"
                        "<li><b>Η έκδοση</b> συγκεντρώνει τις εκθέσεις και τις πρακτικές σε έναν "
                        "ενιαίο διαδικτυακό τόμο.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
    },
    "cities": {
        "en": {
            "slug": "cities",
            "title": "Partner cities",
            "intro": (
                "Five cities make up the network. Each profile explains who comes to the city, "
                "how it organises integration and whom to contact."
            ),
        },
        "pl": {
            "slug": "miasta",
            "title": "Miasta partnerskie",
            "intro": (
                "Sieć tworzy pięć miast. Każdy profil wyjaśnia, kto przyjeżdża do danego miasta, "
                "jak jest w nim zorganizowana integracja i z kim się kontaktować."
            ),
        },
        "de": {
            "slug": "staedte",
            "title": "Partnerstädte",
            "intro": (
                "Das Netzwerk besteht aus fünf Städten. Jedes Profil erklärt, wer in die Stadt "
                "kommt, wie sie Integration organisiert und an wen man sich wenden kann."
            ),
        },
        "nl": {
            "slug": "steden",
            "title": "Partnersteden",
            "intro": (
                "Het netwerk bestaat uit vijf steden. Elk profiel legt uit wie er naar de stad "
                "komt, hoe ze integratie organiseert en bij wie u terechtkunt."
            ),
        },
        "it": {
            "slug": "citta",
            "title": "Città partner",
            "intro": (
                "La rete è formata da cinque città. Ogni profilo spiega chi arriva in città, come "
                "vi è organizzata l'integrazione e a chi rivolgersi."
            ),
        },
        "el": {
            "slug": "poleis",
            "title": "Πόλεις-εταίροι",
            "intro": (
                "Το δίκτυο αποτελείται από πέντε πόλεις. Κάθε προφίλ εξηγεί ποιοι έρχονται στην "
                "πόλη, πώς οργανώνει την ένταξη και σε ποιον μπορεί να απευθυνθεί κανείς."
            ),
        },
    },
    "comparison": {
        "en": {
            "slug": "compare",
            "title": "The cities side by side",
            "intro": (
                "What each partner city has published under each thematic area of the Immigrant "
                "Integration Model, and its key figures as the city states them. Choose cities or "
                "a thematic area to narrow the comparison; the page prints as it is shown."
            ),
        },
        "pl": {
            "slug": "porownanie",
            "title": "Miasta obok siebie",
            "intro": (
                "Co każde z miast partnerskich opublikowało w poszczególnych obszarach "
                "tematycznych Modelu Integracji Imigrantów oraz jego najważniejsze dane – tak, jak"
                " podaje je samo miasto. Wybierz miasta lub obszar tematyczny, by zawęzić "
                "porównanie; strona drukuje się tak, jak ją widać."
            ),
        },
        "de": {
            "slug": "vergleich",
            "title": "Die Städte im Vergleich",
            "intro": (
                "Was jede Partnerstadt zu den einzelnen Themenfeldern des Modells zur Integration "
                "von Immigrantinnen und Immigranten veröffentlicht hat, und ihre wichtigsten "
                "Zahlen, so wie die Stadt sie angibt. Wählen Sie Städte oder ein Themenfeld, um "
                "den Vergleich einzugrenzen; die Seite wird so gedruckt, wie sie angezeigt wird."
            ),
        },
        "nl": {
            "slug": "vergelijking",
            "title": "De steden naast elkaar",
            "intro": (
                "Wat elke partnerstad heeft gepubliceerd binnen elk thema van het Integratiemodel "
                "voor Immigranten, en haar kerncijfers zoals de stad ze zelf vermeldt. Kies steden"
                " of een thema om de vergelijking te beperken; de pagina wordt afgedrukt zoals u "
                "ze ziet."
            ),
        },
        "it": {
            "slug": "confronto",
            "title": "Le città a confronto",
            "intro": (
                "Che cosa ha pubblicato ogni città partner in ciascuna area tematica del Modello "
                "di integrazione degli immigrati, e i suoi dati principali come li indica la città"
                " stessa. Scegli delle città o un'area tematica per restringere il confronto; la "
                "pagina si stampa così come la vedi."
            ),
        },
        "el": {
            "slug": "sygkrisi",
            "title": "Οι πόλεις σε σύγκριση",
            "intro": (
                "Τι έχει δημοσιεύσει κάθε πόλη-εταίρος σε κάθε θεματικό πεδίο του Μοντέλου Ένταξης"
                " Μεταναστών, και τα βασικά της στοιχεία όπως τα δίνει η ίδια η πόλη. Επιλέξτε "
                "πόλεις ή ένα θεματικό πεδίο για να περιορίσετε τη σύγκριση· η σελίδα εκτυπώνεται "
                "όπως εμφανίζεται."
            ),
        },
    },
    "study_visits": {
        "en": {
            "slug": "study-visits",
            "title": "Study visits",
            "intro": (
                "Between March and June 2021 four partner cities each hosted the others for three "
                "days of visits and meetings. The reports set out the programme, the discussion "
                "with local organisations and the lessons for other cities."
            ),
        },
        "pl": {
            "slug": "wizyty-studyjne",
            "title": "Wizyty studyjne",
            "intro": (
                "Od marca do czerwca 2021 roku cztery miasta partnerskie przyjmowały kolejno "
                "pozostałych partnerów na trzy dni wizyt i spotkań. Raporty przedstawiają "
                "program, rozmowy z lokalnymi organizacjami i wnioski dla innych miast."
            ),
        },
        "de": {
            "slug": "studienbesuche",
            "title": "Studienbesuche",
            "intro": (
                "Von März bis Juni 2021 empfingen vier Partnerstädte die anderen jeweils für drei "
                "Tage mit Besuchen und Begegnungen. Die Berichte schildern das Programm, das "
                "Gespräch mit lokalen Organisationen und die Lehren für andere Städte."
            ),
        },
        "nl": {
            "slug": "studiebezoeken",
            "title": "Studiebezoeken",
            "intro": (
                "Tussen maart en juni 2021 ontvingen vier partnersteden telkens de andere "
                "partners voor drie dagen bezoeken en ontmoetingen. De verslagen beschrijven het "
                "programma, het gesprek met lokale organisaties en de lessen voor andere steden."
            ),
        },
        "it": {
            "slug": "visite-di-studio",
            "title": "Visite di studio",
            "intro": (
                "Tra marzo e giugno 2021 quattro città partner hanno ospitato a turno le altre "
                "per tre giorni di visite e incontri. I resoconti illustrano il programma, il "
                "confronto con le organizzazioni locali e gli insegnamenti per altre città."
            ),
        },
        "el": {
            "slug": "episkepseis-meletis",
            "title": "Επισκέψεις μελέτης",
            "intro": (
                "Από τον Μάρτιο έως τον Ιούνιο του 2021 τέσσερις πόλεις-εταίροι φιλοξένησαν "
                "διαδοχικά τις υπόλοιπες για τρεις ημέρες επισκέψεων και συναντήσεων. Οι εκθέσεις "
                "παρουσιάζουν το πρόγραμμα, τη συζήτηση με τοπικές οργανώσεις και τα διδάγματα "
                "για άλλες πόλεις."
            ),
        },
    },
    "practices": {
        "en": {
            "slug": "practices",
            "title": "Practices",
            "intro": (
                "Activities from the partner cities that others could repeat: what they set out "
                "to do, how they work, what they have achieved and how to start something similar."
            ),
        },
        "pl": {
            "slug": "praktyki",
            "title": "Praktyki",
            "intro": (
                "Działania z miast partnerskich, które mogą powtórzyć inni: jaki mają cel, jak "
                "działają, co udało się dzięki nim osiągnąć i jak rozpocząć coś podobnego."
            ),
        },
        "de": {
            "slug": "praxisbeispiele",
            "title": "Praxisbeispiele",
            "intro": (
                "Aktivitäten aus den Partnerstädten, die andere übernehmen können: was sie "
                "erreichen wollen, wie sie funktionieren, was sie bewirkt haben und wie man etwas "
                "Ähnliches beginnt."
            ),
        },
        "nl": {
            "slug": "praktijken",
            "title": "Praktijken",
            "intro": (
                "Activiteiten uit de partnersteden die anderen kunnen herhalen: wat ze willen "
                "bereiken, hoe ze werken, wat ze hebben opgeleverd en hoe u iets vergelijkbaars "
                "opstart."
            ),
        },
        "it": {
            "slug": "pratiche",
            "title": "Pratiche",
            "intro": (
                "Attività delle città partner che altri potrebbero ripetere: che cosa si "
                "propongono, come funzionano, che cosa hanno ottenuto e come avviare qualcosa di "
                "simile."
            ),
        },
        "el": {
            "slug": "praktikes",
            "title": "Πρακτικές",
            "intro": (
                "Δράσεις από τις πόλεις-εταίρους που θα μπορούσαν να επαναλάβουν και άλλοι: τι "
                "επιδιώκουν, πώς λειτουργούν, τι έχουν πετύχει και πώς μπορεί κανείς να ξεκινήσει "
                "κάτι παρόμοιο."
            ),
        },
    },
    "publication": {
        "en": {
            "slug": "publication",
            "title": "Welcoming Cities: what we learnt from each other",
            "menu_title": "Publication",
            "intro": (
                "<p>This publication gathers what the five partner cities saw, heard and "
                "discussed during the study visits of spring 2021. It is written for people who "
                "work on integration in other cities: officials, staff of public services, NGOs, "
                "activists and migrants' own organisations.</p>"
                "<p>It follows the four visits – Bremen in March, Ghent in April, Bologna in May "
                "and Thessaloniki in June – together with the practices each host city presented. "
                "The practices were chosen because another city could repeat them, with its own "
                "partners and on its own scale.</p>"
                "<p>Each chapter can be read on its own. A visit report sets out the programme, "
                "the meeting with local organisations and residents, and the conclusions the "
                "partners reached together. A practice article explains why an activity was "
                "started, how it works, what it has achieved and what it takes to begin it "
                "elsewhere.</p>"
                "<p>Every chapter is marked with the thematic areas of Gdańsk's Immigrant "
                "Integration Model it concerns, from education and housing to health and sport, "
                "and with the groups of people it is meant for, so that readers can go straight "
                "to the examples that matter to them.</p>"
            ),
            "closing": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>What the visits taught us</h2>"
                        "<p>However different the five cities are, the same lessons came up in "
                        "each of them:</p>"
                        "<ul>"
                        "<li>Integration works best when the city and civil society plan it "
                        "together instead of passing tasks from one to the other.</li>"
                        "<li>In their first weeks, newcomers need one clear place to turn to, "
                        "where they are helped in a language they understand.</li>"
                        "<li>The most lasting projects are those in which migrants do not only "
                        "receive help but also shape and run the activities.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "An invitation to other cities",
                        "text": (
                            "<p>The partners are glad to share their programmes, contacts and "
                            "materials with any city working on the integration of migrants. Get "
                            "in touch with the network's coordinator, the Department of Social "
                            "Development of Gdańsk City Hall.</p>"
                        ),
                    },
                },
            ],
        },
        "pl": {
            "slug": "publikacja",
            "title": "Welcoming Cities: czego nauczyliśmy się od siebie nawzajem",
            "menu_title": "Publikacja",
            "intro": (
                "<p>Ta publikacja zbiera to, co pięć miast partnerskich zobaczyło, usłyszało i "
                "omówiło podczas wizyt studyjnych wiosną 2021 roku. Jest przeznaczona dla osób, "
                "które zajmują się integracją w innych miastach: urzędników, pracowników służb "
                "publicznych, organizacji pozarządowych, aktywistów i organizacji samych "
                "migrantów.</p>"
                "<p>Publikacja podąża za czterema wizytami – w Bremie w marcu, w Gandawie w "
                "kwietniu, w Bolonii w maju i w Salonikach w czerwcu – oraz za praktykami, które "
                "przedstawiło każde z miast gospodarzy. Praktyki te wybrano dlatego, że inne "
                "miasto może je powtórzyć – z własnymi partnerami i na własną skalę.</p>"
                "<p>Każdy rozdział można czytać osobno. Raport z wizyty przedstawia program, "
                "spotkanie z lokalnymi organizacjami i mieszkańcami oraz wnioski, do których "
                "partnerzy doszli wspólnie. Artykuł o praktyce wyjaśnia, dlaczego dane działanie "
                "zostało podjęte, jak przebiega, co udało się osiągnąć i czego potrzeba, by "
                "rozpocząć je gdzie indziej.</p>"
                "<p>Każdy rozdział jest oznaczony obszarami tematycznymi gdańskiego Modelu "
                "Integracji Imigrantów, których dotyczy – od edukacji i mieszkalnictwa po zdrowie "
                "i sport – oraz grupami, do których jest skierowany, aby czytelnicy mogli od razu "
                "sięgnąć po najważniejsze dla siebie przykłady.</p>"
            ),
            "closing": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Czego nauczyły nas wizyty</h2>"
                        "<p>Choć pięć miast bardzo się od siebie różni, w każdym z nich powracały "
                        "te same wnioski:</p>"
                        "<ul>"
                        "<li>Integracja działa najlepiej, gdy miasto i społeczeństwo obywatelskie "
                        "planują ją wspólnie, zamiast przerzucać się zadaniami.</li>"
                        "<li>W pierwszych tygodniach nowi mieszkańcy potrzebują jednego, jasno "
                        "wskazanego miejsca, do którego mogą się zwrócić i gdzie otrzymają pomoc "
                        "w zrozumiałym dla siebie języku.</li>"
                        "<li>Najtrwalsze są te projekty, w których migranci nie tylko otrzymują "
                        "pomoc, lecz także współtworzą i prowadzą działania.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Zaproszenie dla innych miast",
                        "text": (
                            "<p>Partnerzy chętnie podzielą się swoimi programami, kontaktami i "
                            "materiałami z każdym miastem, które zajmuje się integracją "
                            "migrantów. Skontaktuj się z koordynatorem sieci – Wydziałem Rozwoju "
                            "Społecznego Urzędu Miejskiego w Gdańsku.</p>"
                        ),
                    },
                },
            ],
        },
        "de": {
            "slug": "publikation",
            "title": "Welcoming Cities: Was wir voneinander gelernt haben",
            "menu_title": "Publikation",
            "intro": (
                "<p>Diese Publikation versammelt, was die fünf Partnerstädte bei den "
                "Studienbesuchen im Frühjahr 2021 gesehen, gehört und besprochen haben. Sie "
                "richtet sich an alle, die in anderen Städten an Integration arbeiten: "
                "Verwaltung, Beschäftigte öffentlicher Dienste, NGOs, Aktive und "
                "Selbstorganisationen von Migrantinnen und Migranten.</p>"
                "<p>Sie folgt den vier Besuchen – Bremen im März, Gent im April, Bologna im Mai "
                "und Thessaloniki im Juni – und den Praxisbeispielen, die jede gastgebende Stadt "
                "vorgestellt hat. Ausgewählt wurden sie, weil eine andere Stadt sie wiederholen "
                "kann, mit eigenen Partnern und in eigenem Maßstab.</p>"
                "<p>Jedes Kapitel lässt sich für sich lesen. Ein Besuchsbericht schildert das "
                "Programm, das Treffen mit lokalen Organisationen und Einwohnern sowie die "
                "Schlüsse, die die Partner gemeinsam gezogen haben. Ein Praxisbeispiel erklärt, "
                "warum eine Aktivität begonnen wurde, wie sie funktioniert, was sie erreicht hat "
                "und was es braucht, um sie anderswo aufzubauen.</p>"
                "<p>Jedes Kapitel ist den Themenfeldern des Danziger Modells zur Integration von "
                "Immigrantinnen und Immigranten zugeordnet, um die es geht – von Bildung und "
                "Wohnen bis zu Gesundheit und Sport –, und den Gruppen, an die es sich richtet. "
                "So finden Leserinnen und Leser direkt die Beispiele, die für sie wichtig "
                "sind.</p>"
            ),
            "closing": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Was uns die Besuche gelehrt haben</h2>"
                        "<p>So unterschiedlich die fünf Städte auch sind, in jeder von ihnen "
                        "zeigten sich dieselben Lehren:</p>"
                        "<ul>"
                        "<li>Integration gelingt am besten, wenn Stadt und Zivilgesellschaft sie "
                        "gemeinsam planen, statt sich Aufgaben gegenseitig zuzuschieben.</li>"
                        "<li>In den ersten Wochen brauchen Neuankommende eine klare Anlaufstelle, "
                        "an der ihnen in einer Sprache geholfen wird, die sie verstehen.</li>"
                        "<li>Am nachhaltigsten sind Projekte, in denen Zugewanderte nicht nur "
                        "Hilfe erhalten, sondern die Angebote selbst mitgestalten und tragen.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Eine Einladung an andere Städte",
                        "text": (
                            "<p>Die Partner teilen ihre Programme, Kontakte und Materialien gern "
                            "mit jeder Stadt, die an der Integration von Zugewanderten arbeitet. "
                            "Wenden Sie sich an die Koordination des Netzwerks, die Abteilung für "
                            "soziale Entwicklung der Stadtverwaltung Danzig.</p>"
                        ),
                    },
                },
            ],
        },
        "nl": {
            "slug": "publicatie",
            "title": "Welcoming Cities: wat we van elkaar hebben geleerd",
            "menu_title": "Publicatie",
            "intro": (
                "<p>Deze publicatie bundelt wat de vijf partnersteden tijdens de studiebezoeken "
                "in het voorjaar van 2021 hebben gezien, gehoord en besproken. Ze is bedoeld voor "
                "wie in andere steden met integratie bezig is: ambtenaren, medewerkers van "
                "openbare diensten, ngo's, activisten en zelforganisaties van migranten.</p>"
                "<p>Ze volgt de vier bezoeken – Bremen in maart, Gent in april, Bologna in mei en "
                "Thessaloniki in juni – samen met de praktijken die elke gaststad voorstelde. Die "
                "praktijken zijn gekozen omdat een andere stad ze kan herhalen, met eigen "
                "partners en op eigen schaal.</p>"
                "<p>Elk hoofdstuk kan afzonderlijk worden gelezen. Een bezoekverslag beschrijft "
                "het programma, de ontmoeting met lokale organisaties en bewoners en de "
                "conclusies die de partners samen trokken. Een praktijkartikel legt uit waarom "
                "een activiteit is gestart, hoe ze werkt, wat ze heeft opgeleverd en wat er nodig "
                "is om ze elders op te zetten.</p>"
                "<p>Elk hoofdstuk is gekoppeld aan de thema's van het Integratiemodel voor "
                "Immigranten van Gdańsk waarover het gaat – van onderwijs en huisvesting tot "
                "gezondheid en sport – en aan de groepen voor wie het bedoeld is, zodat lezers "
                "meteen de voorbeelden vinden die voor hen belangrijk zijn.</p>"
            ),
            "closing": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Wat de bezoeken ons hebben geleerd</h2>"
                        "<p>Hoe verschillend de vijf steden ook zijn, in elk ervan kwamen "
                        "dezelfde lessen naar voren:</p>"
                        "<ul>"
                        "<li>Integratie werkt het best wanneer stad en middenveld ze samen "
                        "plannen, in plaats van taken naar elkaar door te schuiven.</li>"
                        "<li>In hun eerste weken hebben nieuwkomers één duidelijk aanspreekpunt "
                        "nodig, waar ze geholpen worden in een taal die ze begrijpen.</li>"
                        "<li>De duurzaamste projecten zijn die waarin migranten niet alleen hulp "
                        "krijgen, maar de activiteiten ook mee vormgeven en dragen.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Een uitnodiging aan andere steden",
                        "text": (
                            "<p>De partners delen hun programma's, contacten en materiaal graag "
                            "met elke stad die werkt aan de integratie van migranten. Neem "
                            "contact op met de coördinator van het netwerk, de afdeling Sociale "
                            "Ontwikkeling van het stadsbestuur van Gdańsk.</p>"
                        ),
                    },
                },
            ],
        },
        "it": {
            "slug": "pubblicazione",
            "title": "Welcoming Cities: che cosa abbiamo imparato gli uni dagli altri",
            "menu_title": "Pubblicazione",
            "intro": (
                "<p>Questa pubblicazione raccoglie ciò che le cinque città partner hanno visto, "
                "ascoltato e discusso durante le visite di studio della primavera 2021. È pensata "
                "per chi si occupa di integrazione in altre città: funzionari, operatori dei "
                "servizi pubblici, ONG, attivisti e associazioni di migranti.</p>"
                "<p>Segue le quattro visite – Brema a marzo, Gand ad aprile, Bologna a maggio e "
                "Salonicco a giugno – insieme alle pratiche presentate da ciascuna città "
                "ospitante. Le pratiche sono state scelte perché un'altra città potrebbe "
                "ripeterle, con i propri partner e sulla propria scala.</p>"
                "<p>Ogni capitolo si può leggere a sé. Un resoconto di visita illustra il "
                "programma, l'incontro con le organizzazioni locali e gli abitanti e le "
                "conclusioni a cui i partner sono giunti insieme. Un articolo su una pratica "
                "spiega perché un'attività è nata, come funziona, che cosa ha ottenuto e che cosa "
                "serve per avviarla altrove.</p>"
                "<p>Ogni capitolo è contrassegnato con le aree tematiche del Modello di "
                "integrazione degli immigrati di Danzica di cui si occupa – dall'istruzione alla "
                "casa, dalla salute allo sport – e con i gruppi a cui si rivolge, così che chi "
                "legge possa andare direttamente agli esempi che gli interessano.</p>"
            ),
            "closing": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Che cosa ci hanno insegnato le visite</h2>"
                        "<p>Per quanto diverse siano le cinque città, in ciascuna sono emerse le "
                        "stesse lezioni:</p>"
                        "<ul>"
                        "<li>L'integrazione funziona meglio quando la città e la società civile "
                        "la progettano insieme, invece di passarsi i compiti l'una all'altra.</li>"
                        "<li>Nelle prime settimane i nuovi arrivati hanno bisogno di un unico "
                        "punto di riferimento chiaro, dove ricevere aiuto in una lingua che "
                        "capiscono.</li>"
                        "<li>I progetti più duraturi sono quelli in cui i migranti non si "
                        "limitano a ricevere aiuto, ma contribuiscono a ideare e gestire le "
                        "attività.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Un invito alle altre città",
                        "text": (
                            "<p>I partner condividono volentieri programmi, contatti e materiali "
                            "con ogni città che si occupa dell'integrazione dei migranti. "
                            "Contattate il coordinatore della rete, il Dipartimento per lo "
                            "sviluppo sociale del Comune di Danzica.</p>"
                        ),
                    },
                },
            ],
        },
        "el": {
            "slug": "ekdosi",
            "title": "Welcoming Cities: τι μάθαμε ο ένας από τον άλλον",
            "menu_title": "Έκδοση",
            "intro": (
                "<p>Η έκδοση αυτή συγκεντρώνει όσα είδαν, άκουσαν και συζήτησαν οι πέντε "
                "πόλεις-εταίροι κατά τις επισκέψεις μελέτης της άνοιξης του 2021. Απευθύνεται σε "
                "όσους ασχολούνται με την ένταξη σε άλλες πόλεις: στελέχη της διοίκησης, "
                "εργαζόμενους σε δημόσιες υπηρεσίες, ΜΚΟ, ακτιβιστές και οργανώσεις των ίδιων των "
                "μεταναστών.</p>"
                "<p>Ακολουθεί τις τέσσερις επισκέψεις – στη Βρέμη τον Μάρτιο, στη Γάνδη τον "
                "Απρίλιο, στην Μπολόνια τον Μάιο και στη Θεσσαλονίκη τον Ιούνιο – μαζί με τις "
                "πρακτικές που παρουσίασε κάθε πόλη υποδοχής. Οι πρακτικές επιλέχθηκαν επειδή μια "
                "άλλη πόλη θα μπορούσε να τις επαναλάβει, με τους δικούς της εταίρους και στη "
                "δική της κλίμακα.</p>"
                "<p>Κάθε κεφάλαιο μπορεί να διαβαστεί αυτοτελώς. Η έκθεση μιας επίσκεψης "
                "παρουσιάζει το πρόγραμμα, τη συνάντηση με τοπικές οργανώσεις και κατοίκους και "
                "τα συμπεράσματα στα οποία κατέληξαν από κοινού οι εταίροι. Το άρθρο για μια "
                "πρακτική εξηγεί γιατί ξεκίνησε μια δράση, πώς λειτουργεί, τι έχει πετύχει και τι "
                "χρειάζεται για να ξεκινήσει και αλλού.</p>"
                "<p>Κάθε κεφάλαιο επισημαίνεται με τους θεματικούς τομείς του Μοντέλου Ένταξης "
                "Μεταναστών του Γκντανσκ τους οποίους αφορά – από την εκπαίδευση και τη στέγαση "
                "έως την υγεία και τον αθλητισμό – και με τις ομάδες στις οποίες απευθύνεται, "
                "ώστε οι αναγνώστες να βρίσκουν αμέσως τα παραδείγματα που τους ενδιαφέρουν.</p>"
            ),
            "closing": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Τι μας δίδαξαν οι επισκέψεις</h2>"
                        "<p>Όσο διαφορετικές κι αν είναι οι πέντε πόλεις, σε καθεμία αναδείχθηκαν "
                        "τα ίδια διδάγματα:</p>"
                        "<ul>"
                        "<li>Η ένταξη λειτουργεί καλύτερα όταν ο δήμος και η κοινωνία των πολιτών "
                        "τη σχεδιάζουν μαζί, αντί να μεταβιβάζουν ο ένας στον άλλον τις "
                        "αρμοδιότητες.</li>"
                        "<li>Τις πρώτες εβδομάδες οι νέοι κάτοικοι χρειάζονται ένα σαφές σημείο "
                        "αναφοράς, όπου θα τους βοηθήσουν σε μια γλώσσα που καταλαβαίνουν.</li>"
                        "<li>Τα πιο βιώσιμα έργα είναι εκείνα στα οποία οι μετανάστες δεν "
                        "δέχονται απλώς βοήθεια, αλλά συμμετέχουν στον σχεδιασμό και στην "
                        "υλοποίηση των δράσεων.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Πρόσκληση σε άλλες πόλεις",
                        "text": (
                            "<p>Οι εταίροι μοιράζονται ευχαρίστως τα προγράμματα, τις επαφές και "
                            "το υλικό τους με κάθε πόλη που εργάζεται για την ένταξη των "
                            "μεταναστών. Επικοινωνήστε με τον συντονιστή του δικτύου, το Τμήμα "
                            "Κοινωνικής Ανάπτυξης του Δήμου Γκντανσκ.</p>"
                        ),
                    },
                },
            ],
        },
    },
    "about": {
        "en": {
            "slug": "about",
            "title": "About the project",
            "intro": (
                "Welcoming Cities is a network of five European cities that exchanged their "
                "experience of integrating migrants in 2021 through study visits and meetings "
                "with local communities."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Why the project</h2>"
                        "<p>More and more people from outside the European Union come to European "
                        "cities to work, study or find protection. It is in cities that they look "
                        "for a home, a school for their children and a job, and where they meet "
                        "their neighbours. Welcoming Cities was set up so that cities facing "
                        "these questions could learn directly from one another.</p>"
                        "<p>The initiative came from Gdańsk. In 2016 the city adopted its "
                        "Immigrant Integration Model, drawn up together with more than 150 people "
                        "from some 70 institutions and organisations. Today the Model covers "
                        "eleven thematic areas, from education and housing to health and sport, "
                        "and it gave the network a shared framework for describing what the "
                        "partners saw.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>The partners</h2>"
                        "<ul>"
                        "<li><b>Gdańsk</b>, Poland – coordinator of the network, represented by "
                        "the Department of Social Development of the City Hall</li>"
                        "<li><b>Bremen</b>, Germany – host of the first study visit, in March "
                        "2021</li>"
                        "<li><b>Ghent</b>, Belgium – host of the second study visit, in April "
                        "2021</li>"
                        "<li><b>Bologna</b>, Italy – host of the third study visit, in May "
                        "2021</li>"
                        "<li><b>Thessaloniki</b>, Greece – host of the fourth study visit, in "
                        "June 2021</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>How we work</h2>"
                        "<p>Each host city prepares the programme of its study visit. It shows "
                        "its guests the places, projects and solutions that help immigrants find "
                        "their way and settle in, whether the city runs them itself or together "
                        "with others.</p>"
                        "<p>During the visit the host also organises a meeting with local NGOs, "
                        "institutions, activists and residents, migrants among them. Together "
                        "with the guests they talk about the projects and activities that help "
                        "newcomers become part of the local community.</p>"
                        "<p>Gdańsk arranges the partners' travel and accommodation and compiles "
                        "the results of all the visits, together with the practices other cities "
                        "could repeat, into an online publication.</p>"
                    ),
                },
            ],
        },
        "pl": {
            "slug": "o-projekcie",
            "title": "O projekcie",
            "intro": (
                "Welcoming Cities to sieć pięciu europejskich miast, które w 2021 roku wymieniały "
                "się doświadczeniami w integracji migrantów podczas wizyt studyjnych i spotkań z "
                "lokalnymi społecznościami."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Dlaczego ten projekt</h2>"
                        "<p>Do europejskich miast przyjeżdża coraz więcej osób spoza Unii "
                        "Europejskiej – do pracy, na studia lub w poszukiwaniu ochrony. To w "
                        "miastach szukają mieszkania, szkoły dla dzieci i pracy i to tam poznają "
                        "swoich sąsiadów. Welcoming Cities powstało po to, by miasta, które "
                        "mierzą się z tymi pytaniami, mogły uczyć się bezpośrednio od siebie "
                        "nawzajem.</p>"
                        "<p>Inicjatywa wyszła z Gdańska. W 2016 roku miasto przyjęło Model "
                        "Integracji Imigrantów, wypracowany wspólnie z ponad 150 osobami z około "
                        "70 instytucji i organizacji. Dziś Model obejmuje jedenaście obszarów "
                        "tematycznych, od edukacji i mieszkalnictwa po zdrowie i sport, i dał "
                        "sieci wspólne ramy do opisywania tego, co partnerzy zobaczyli.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Partnerzy</h2>"
                        "<ul>"
                        "<li><b>Gdańsk</b>, Polska – koordynator sieci, reprezentowany przez "
                        "Wydział Rozwoju Społecznego Urzędu Miejskiego</li>"
                        "<li><b>Brema</b>, Niemcy – gospodarz pierwszej wizyty studyjnej w marcu "
                        "2021 roku</li>"
                        "<li><b>Gandawa</b>, Belgia – gospodarz drugiej wizyty studyjnej w "
                        "kwietniu 2021 roku</li>"
                        "<li><b>Bolonia</b>, Włochy – gospodarz trzeciej wizyty studyjnej w maju "
                        "2021 roku</li>"
                        "<li><b>Saloniki</b>, Grecja – gospodarz czwartej wizyty studyjnej w "
                        "czerwcu 2021 roku</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Jak pracujemy</h2>"
                        "<p>Każde miasto gospodarz przygotowuje program swojej wizyty studyjnej. "
                        "Pokazuje gościom miejsca, projekty i rozwiązania, które pomagają "
                        "imigrantom odnaleźć się w mieście i zadomowić – zarówno te prowadzone "
                        "przez samo miasto, jak i realizowane wspólnie z innymi.</p>"
                        "<p>Podczas wizyty gospodarz organizuje też spotkanie z lokalnymi "
                        "organizacjami pozarządowymi, instytucjami, aktywistami i mieszkańcami, w "
                        "tym z migrantami. Razem z gośćmi rozmawiają o projektach i działaniach, "
                        "które pomagają nowym mieszkańcom stać się częścią lokalnej "
                        "społeczności.</p>"
                        "<p>Gdańsk organizuje podróże i zakwaterowanie partnerów, a wyniki "
                        "wszystkich wizyt, wraz z praktykami, które mogą powtórzyć inne miasta, "
                        "zbiera w publikacji online.</p>"
                    ),
                },
            ],
        },
        "de": {
            "slug": "ueber-das-projekt",
            "title": "Über das Projekt",
            "intro": (
                "Welcoming Cities ist ein Netzwerk von fünf europäischen Städten, die 2021 bei "
                "Studienbesuchen und Begegnungen mit der Bevölkerung vor Ort ihre Erfahrungen mit "
                "der Integration von Zugewanderten ausgetauscht haben."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Warum dieses Projekt</h2>"
                        "<p>Immer mehr Menschen von außerhalb der Europäischen Union kommen in "
                        "europäische Städte, um zu arbeiten, zu studieren oder Schutz zu finden. "
                        "In den Städten suchen sie eine Wohnung, eine Schule für ihre Kinder und "
                        "Arbeit, und dort lernen sie ihre Nachbarn kennen. Welcoming Cities "
                        "entstand, damit Städte, die vor diesen Fragen stehen, direkt voneinander "
                        "lernen können.</p>"
                        "<p>Die Initiative ging von Danzig aus. 2016 beschloss die Stadt ihr "
                        "Modell zur Integration von Immigrantinnen und Immigranten, das gemeinsam "
                        "mit mehr als 150 Personen aus rund 70 Institutionen und Organisationen "
                        "erarbeitet wurde. Heute umfasst das Modell elf Themenfelder, von Bildung "
                        "und Wohnen bis zu Gesundheit und Sport, und es gab dem Netzwerk einen "
                        "gemeinsamen Rahmen, um das Gesehene zu beschreiben.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Die Partner</h2>"
                        "<ul>"
                        "<li><b>Danzig</b>, Polen – Koordination des Netzwerks, vertreten durch "
                        "die Abteilung für soziale Entwicklung der Stadtverwaltung</li>"
                        "<li><b>Bremen</b>, Deutschland – Gastgeber des ersten Studienbesuchs im "
                        "März 2021</li>"
                        "<li><b>Gent</b>, Belgien – Gastgeber des zweiten Studienbesuchs im April "
                        "2021</li>"
                        "<li><b>Bologna</b>, Italien – Gastgeber des dritten Studienbesuchs im "
                        "Mai 2021</li>"
                        "<li><b>Thessaloniki</b>, Griechenland – Gastgeber des vierten "
                        "Studienbesuchs im Juni 2021</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Wie wir arbeiten</h2>"
                        "<p>Jede gastgebende Stadt stellt das Programm ihres Studienbesuchs "
                        "zusammen. Sie zeigt ihren Gästen Orte, Projekte und Lösungen, die "
                        "Zugewanderten helfen, sich zurechtzufinden und einzuleben – ganz gleich, "
                        "ob die Stadt sie selbst betreibt oder gemeinsam mit anderen.</p>"
                        "<p>Während des Besuchs organisiert die Gastgeberstadt außerdem ein "
                        "Treffen mit lokalen NGOs, Institutionen, Aktiven sowie Einwohnerinnen "
                        "und Einwohnern, darunter Zugewanderte. Gemeinsam mit den Gästen sprechen "
                        "sie über Projekte und Aktivitäten, die Neuankommenden helfen, Teil der "
                        "örtlichen Gemeinschaft zu werden.</p>"
                        "<p>Danzig organisiert Reise und Unterkunft der Partner und bündelt die "
                        "Ergebnisse aller Besuche sowie die Praxisbeispiele, die andere Städte "
                        "übernehmen können, in einer Online-Publikation.</p>"
                    ),
                },
            ],
        },
        "nl": {
            "slug": "over-het-project",
            "title": "Over het project",
            "intro": (
                "Welcoming Cities is een netwerk van vijf Europese steden die in 2021 via "
                "studiebezoeken en ontmoetingen met de lokale gemeenschap hun ervaringen met de "
                "integratie van migranten uitwisselden."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Waarom dit project</h2>"
                        "<p>Steeds meer mensen van buiten de Europese Unie komen naar Europese "
                        "steden om te werken, te studeren of bescherming te zoeken. In de stad "
                        "zoeken ze een woning, een school voor hun kinderen en werk, en daar "
                        "leren ze hun buren kennen. Welcoming Cities is opgezet zodat steden die "
                        "voor deze vragen staan rechtstreeks van elkaar kunnen leren.</p>"
                        "<p>Het initiatief kwam van Gdańsk. In 2016 nam de stad haar "
                        "Integratiemodel voor Immigranten aan, dat werd uitgewerkt samen met meer "
                        "dan 150 mensen uit zo'n 70 instellingen en organisaties. Vandaag omvat "
                        "het model elf thema's, van onderwijs en huisvesting tot gezondheid en "
                        "sport, en het gaf het netwerk een gemeenschappelijk kader om te "
                        "beschrijven wat de partners zagen.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>De partners</h2>"
                        "<ul>"
                        "<li><b>Gdańsk</b>, Polen – coördinator van het netwerk, vertegenwoordigd "
                        "door de afdeling Sociale Ontwikkeling van het stadsbestuur</li>"
                        "<li><b>Bremen</b>, Duitsland – gaststad van het eerste studiebezoek, in "
                        "maart 2021</li>"
                        "<li><b>Gent</b>, België – gaststad van het tweede studiebezoek, in april "
                        "2021</li>"
                        "<li><b>Bologna</b>, Italië – gaststad van het derde studiebezoek, in mei "
                        "2021</li>"
                        "<li><b>Thessaloniki</b>, Griekenland – gaststad van het vierde "
                        "studiebezoek, in juni 2021</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Hoe we werken</h2>"
                        "<p>Elke gaststad stelt het programma van haar studiebezoek samen. Ze "
                        "toont haar gasten plekken, projecten en oplossingen die immigranten "
                        "helpen hun weg te vinden en zich te vestigen, of de stad die nu zelf "
                        "uitvoert of samen met anderen.</p>"
                        "<p>Tijdens het bezoek organiseert de gaststad ook een ontmoeting met "
                        "lokale ngo's, instellingen, activisten en bewoners, onder wie migranten. "
                        "Samen met de gasten praten ze over de projecten en activiteiten die "
                        "nieuwkomers helpen deel te worden van de lokale gemeenschap.</p>"
                        "<p>Gdańsk regelt de reis en het verblijf van de partners en bundelt de "
                        "resultaten van alle bezoeken, samen met de praktijken die andere steden "
                        "kunnen herhalen, in een onlinepublicatie.</p>"
                    ),
                },
            ],
        },
        "it": {
            "slug": "il-progetto",
            "title": "Il progetto",
            "intro": (
                "Welcoming Cities è una rete di cinque città europee che nel 2021 si sono "
                "scambiate esperienze sull'integrazione dei migranti attraverso visite di studio "
                "e incontri con le comunità locali."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Perché questo progetto</h2>"
                        "<p>Sempre più persone provenienti da paesi al di fuori dell'Unione "
                        "europea arrivano nelle città europee per lavorare, studiare o cercare "
                        "protezione. È in città che cercano una casa, una scuola per i figli e un "
                        "lavoro, ed è lì che conoscono i loro vicini. Welcoming Cities è nato "
                        "perché le città che affrontano queste domande potessero imparare "
                        "direttamente le une dalle altre.</p>"
                        "<p>L'iniziativa è partita da Danzica. Nel 2016 la città ha adottato il "
                        "suo Modello di integrazione degli immigrati, elaborato insieme a più di "
                        "150 persone di circa 70 istituzioni e organizzazioni. Oggi il Modello "
                        "comprende undici aree tematiche, dall'istruzione alla casa, dalla salute "
                        "allo sport, e ha offerto alla rete un quadro comune per descrivere ciò "
                        "che i partner hanno visto.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>I partner</h2>"
                        "<ul>"
                        "<li><b>Danzica</b>, Polonia – coordinatore della rete, rappresentato dal "
                        "Dipartimento per lo sviluppo sociale del Comune</li>"
                        "<li><b>Brema</b>, Germania – sede della prima visita di studio, a marzo "
                        "2021</li>"
                        "<li><b>Gand</b>, Belgio – sede della seconda visita di studio, ad aprile "
                        "2021</li>"
                        "<li><b>Bologna</b>, Italia – sede della terza visita di studio, a maggio "
                        "2021</li>"
                        "<li><b>Salonicco</b>, Grecia – sede della quarta visita di studio, a "
                        "giugno 2021</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Come lavoriamo</h2>"
                        "<p>Ogni città ospitante prepara il programma della propria visita di "
                        "studio. Mostra agli ospiti luoghi, progetti e soluzioni che aiutano gli "
                        "immigrati a orientarsi e a stabilirsi, sia quelli gestiti direttamente "
                        "dalla città sia quelli realizzati insieme ad altri.</p>"
                        "<p>Durante la visita la città ospitante organizza anche un incontro con "
                        "ONG locali, istituzioni, attivisti e abitanti, tra cui persone migranti. "
                        "Insieme agli ospiti parlano dei progetti e delle attività che aiutano i "
                        "nuovi arrivati a entrare a far parte della comunità locale.</p>"
                        "<p>Danzica organizza i viaggi e l'alloggio dei partner e raccoglie i "
                        "risultati di tutte le visite, insieme alle pratiche che altre città "
                        "potrebbero ripetere, in una pubblicazione online.</p>"
                    ),
                },
            ],
        },
        "el": {
            "slug": "schetika",
            "title": "Σχετικά με το έργο",
            "intro": (
                "Το Welcoming Cities είναι ένα δίκτυο πέντε ευρωπαϊκών πόλεων που το 2021 "
                "αντάλλαξαν εμπειρίες για την ένταξη των μεταναστών μέσα από επισκέψεις μελέτης "
                "και συναντήσεις με τις τοπικές κοινότητες."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Γιατί αυτό το έργο</h2>"
                        "<p>Όλο και περισσότεροι άνθρωποι από χώρες εκτός Ευρωπαϊκής Ένωσης "
                        "έρχονται στις ευρωπαϊκές πόλεις για να εργαστούν, να σπουδάσουν ή να "
                        "βρουν προστασία. Στις πόλεις αναζητούν σπίτι, σχολείο για τα παιδιά τους "
                        "και δουλειά, και εκεί γνωρίζουν τους γείτονές τους. Το Welcoming Cities "
                        "δημιουργήθηκε ώστε οι πόλεις που αντιμετωπίζουν αυτά τα ζητήματα να "
                        "μαθαίνουν απευθείας η μία από την άλλη.</p>"
                        "<p>Η πρωτοβουλία ξεκίνησε από το Γκντανσκ. Το 2016 η πόλη υιοθέτησε το "
                        "Μοντέλο Ένταξης Μεταναστών, το οποίο εκπονήθηκε μαζί με περισσότερους "
                        "από 150 ανθρώπους από περίπου 70 φορείς και οργανώσεις. Σήμερα το "
                        "Μοντέλο καλύπτει έντεκα θεματικούς τομείς, από την εκπαίδευση και τη "
                        "στέγαση έως την υγεία και τον αθλητισμό, και έδωσε στο δίκτυο ένα κοινό "
                        "πλαίσιο για να περιγράψει όσα είδαν οι εταίροι.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Οι εταίροι</h2>"
                        "<ul>"
                        "<li><b>Γκντανσκ</b>, Πολωνία – συντονιστής του δικτύου, μέσω του "
                        "Τμήματος Κοινωνικής Ανάπτυξης του Δήμου</li>"
                        "<li><b>Βρέμη</b>, Γερμανία – φιλοξένησε την πρώτη επίσκεψη μελέτης, τον "
                        "Μάρτιο του 2021</li>"
                        "<li><b>Γάνδη</b>, Βέλγιο – φιλοξένησε τη δεύτερη επίσκεψη μελέτης, τον "
                        "Απρίλιο του 2021</li>"
                        "<li><b>Μπολόνια</b>, Ιταλία – φιλοξένησε την τρίτη επίσκεψη μελέτης, τον "
                        "Μάιο του 2021</li>"
                        "<li><b>Θεσσαλονίκη</b>, Ελλάδα – φιλοξένησε την τέταρτη επίσκεψη "
                        "μελέτης, τον Ιούνιο του 2021</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Πώς εργαζόμαστε</h2>"
                        "<p>Κάθε πόλη υποδοχής καταρτίζει το πρόγραμμα της επίσκεψης μελέτης της. "
                        "Δείχνει στους επισκέπτες χώρους, έργα και λύσεις που βοηθούν τους "
                        "μετανάστες να προσανατολιστούν και να εγκατασταθούν, είτε τα υλοποιεί η "
                        "ίδια η πόλη είτε σε συνεργασία με άλλους.</p>"
                        "<p>Κατά την επίσκεψη η πόλη υποδοχής οργανώνει επίσης συνάντηση με "
                        "τοπικές ΜΚΟ, φορείς, ακτιβιστές και κατοίκους, ανάμεσά τους και "
                        "μετανάστες. Μαζί με τους επισκέπτες συζητούν για τα έργα και τις δράσεις "
                        "που βοηθούν τους νέους κατοίκους να γίνουν μέρος της τοπικής "
                        "κοινότητας.</p>"
                        "<p>Το Γκντανσκ οργανώνει τα ταξίδια και τη διαμονή των εταίρων και "
                        "συγκεντρώνει τα αποτελέσματα όλων των επισκέψεων, μαζί με τις πρακτικές "
                        "που θα μπορούσαν να επαναλάβουν και άλλες πόλεις, σε μια διαδικτυακή "
                        "έκδοση.</p>"
                    ),
                },
            ],
        },
    },
    "funding": {
        "en": {
            "slug": "funding",
            "title": "Funding",
            "intro": "Welcoming Cities was co-funded by the European Union.",
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The project was co-funded by the European Union under the Europe for "
                        "Citizens programme, strand 2 “Democratic engagement and civic "
                        "participation”, measure “Networks of Towns”. The measure supports towns "
                        "and cities that work together on a theme of common interest, so that the "
                        "links between them last and good practice travels from one city to "
                        "another.</p>"
                        "<p>The grant made it possible to organise the four study visits of 2021, "
                        "with their meetings with local organisations and residents, and to "
                        "prepare the online publication that sums them up.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Disclaimer",
                        "text": (
                            "<p>This website reflects only the views of its authors. The European "
                            "Commission is not responsible for any use that may be made of the "
                            "information it contains.</p>"
                        ),
                    },
                },
            ],
        },
        "pl": {
            "slug": "finansowanie",
            "title": "Finansowanie",
            "intro": "Projekt Welcoming Cities był współfinansowany przez Unię Europejską.",
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Projekt był współfinansowany przez Unię Europejską w ramach programu "
                        "„Europa dla Obywateli”, komponent 2 „Zaangażowanie demokratyczne i "
                        "uczestnictwo obywatelskie”, działanie „Sieci miast”. Działanie to "
                        "wspiera miasta, które współpracują w sprawie będącej przedmiotem ich "
                        "wspólnego zainteresowania, tak aby łączące je więzi były trwałe, a dobre "
                        "praktyki przechodziły z jednego miasta do drugiego.</p>"
                        "<p>Dzięki dotacji możliwe było zorganizowanie czterech wizyt studyjnych "
                        "w 2021 roku wraz ze spotkaniami z lokalnymi organizacjami i mieszkańcami "
                        "oraz przygotowanie podsumowującej je publikacji online.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Zastrzeżenie",
                        "text": (
                            "<p>Serwis odzwierciedla wyłącznie poglądy jego autorów. Komisja "
                            "Europejska nie ponosi odpowiedzialności za jakiekolwiek "
                            "wykorzystanie zawartych w nim informacji.</p>"
                        ),
                    },
                },
            ],
        },
        "de": {
            "slug": "foerderung",
            "title": "Förderung",
            "intro": "Welcoming Cities wurde von der Europäischen Union kofinanziert.",
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Das Projekt wurde von der Europäischen Union im Rahmen des Programms "
                        "„Europa für Bürgerinnen und Bürger“ kofinanziert, Aktionsbereich 2 "
                        "„Demokratisches Engagement und Bürgerbeteiligung“, Maßnahme „Netzwerke "
                        "von Partnerstädten“. Die Maßnahme fördert Städte und Gemeinden, die zu "
                        "einem Thema von gemeinsamem Interesse zusammenarbeiten, damit ihre "
                        "Verbindungen dauerhaft werden und gute Praxis von einer Stadt zur "
                        "anderen gelangt.</p>"
                        "<p>Die Förderung ermöglichte es, die vier Studienbesuche des Jahres 2021 "
                        "samt den Treffen mit lokalen Organisationen und Einwohnern durchzuführen "
                        "und die Online-Publikation zu erstellen, die sie zusammenfasst.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Haftungsausschluss",
                        "text": (
                            "<p>Diese Website gibt ausschließlich die Meinung ihrer Autorinnen "
                            "und Autoren wieder. Die Europäische Kommission haftet nicht für die "
                            "Verwendung der darin enthaltenen Informationen.</p>"
                        ),
                    },
                },
            ],
        },
        "nl": {
            "slug": "financiering",
            "title": "Financiering",
            "intro": "Welcoming Cities werd medegefinancierd door de Europese Unie.",
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Het project werd medegefinancierd door de Europese Unie in het kader "
                        "van het programma ‘Europa voor de burger’, onderdeel 2 ‘Democratische "
                        "betrokkenheid en maatschappelijke participatie’, maatregel ‘Netwerken "
                        "van steden’. Deze maatregel steunt steden en gemeenten die samenwerken "
                        "rond een thema van gemeenschappelijk belang, zodat de banden tussen hen "
                        "blijvend worden en goede praktijken van de ene stad naar de andere "
                        "doorstromen.</p>"
                        "<p>Dankzij de subsidie konden de vier studiebezoeken van 2021 worden "
                        "georganiseerd, met de ontmoetingen met lokale organisaties en bewoners, "
                        "en kon de onlinepublicatie worden gemaakt die ze samenvat.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Disclaimer",
                        "text": (
                            "<p>Deze website geeft uitsluitend de standpunten van de auteurs "
                            "weer. De Europese Commissie is niet verantwoordelijk voor het "
                            "gebruik dat van de informatie op deze website wordt gemaakt.</p>"
                        ),
                    },
                },
            ],
        },
        "it": {
            "slug": "finanziamento",
            "title": "Finanziamento",
            "intro": "Welcoming Cities è stato cofinanziato dall'Unione europea.",
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Il progetto è stato cofinanziato dall'Unione europea nell'ambito del "
                        "programma «Europa per i cittadini», asse 2 «Impegno democratico e "
                        "partecipazione civica», misura «Reti di città». La misura sostiene città "
                        "e comuni che collaborano su un tema di interesse comune, perché i legami "
                        "tra loro durino nel tempo e le buone pratiche passino da una città "
                        "all'altra.</p>"
                        "<p>Il contributo ha permesso di organizzare le quattro visite di studio "
                        "del 2021, con i relativi incontri con le organizzazioni locali e gli "
                        "abitanti, e di preparare la pubblicazione online che le riassume.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Esclusione di responsabilità",
                        "text": (
                            "<p>Questo sito riflette esclusivamente il punto di vista dei suoi "
                            "autori. La Commissione europea non è responsabile dell'uso che può "
                            "essere fatto delle informazioni in esso contenute.</p>"
                        ),
                    },
                },
            ],
        },
        "el": {
            "slug": "chrimatodotisi",
            "title": "Χρηματοδότηση",
            "intro": "Το Welcoming Cities συγχρηματοδοτήθηκε από την Ευρωπαϊκή Ένωση.",
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Το έργο συγχρηματοδοτήθηκε από την Ευρωπαϊκή Ένωση στο πλαίσιο του "
                        "προγράμματος «Ευρώπη για τους Πολίτες», σκέλος 2 «Δημοκρατική δέσμευση "
                        "και συμμετοχή των πολιτών», μέτρο «Δίκτυα πόλεων». Το μέτρο στηρίζει "
                        "πόλεις και δήμους που συνεργάζονται σε ένα θέμα κοινού ενδιαφέροντος, "
                        "ώστε οι δεσμοί τους να αποκτήσουν διάρκεια και οι καλές πρακτικές να "
                        "περνούν από τη μία πόλη στην άλλη.</p>"
                        "<p>Η επιχορήγηση επέτρεψε τη διοργάνωση των τεσσάρων επισκέψεων μελέτης "
                        "του 2021, μαζί με τις συναντήσεις με τοπικές οργανώσεις και κατοίκους, "
                        "καθώς και την προετοιμασία της διαδικτυακής έκδοσης που τις "
                        "συνοψίζει.</p>"
                    ),
                },
                {
                    "type": "callout",
                    "value": {
                        "heading": "Αποποίηση ευθύνης",
                        "text": (
                            "<p>Ο ιστότοπος αυτός εκφράζει αποκλειστικά τις απόψεις των συντακτών "
                            "του. Η Ευρωπαϊκή Επιτροπή δεν ευθύνεται για οποιαδήποτε χρήση των "
                            "πληροφοριών που περιέχει.</p>"
                        ),
                    },
                },
            ],
        },
    },
    "privacy": {
        "en": {
            "slug": "privacy",
            "title": "Privacy",
            "intro": (
                "This site is designed to know as little about its readers as possible. This page "
                "explains what it stores and why."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Readers</h2>"
                        "<ul>"
                        "<li><b>No tracking.</b> The site uses no analytics, advertising or "
                        "social-media tools and builds no profiles of its readers.</li>"
                        "<li><b>No third-party services.</b> Scripts, fonts and images all come "
                        "from our own server, so opening a page sends nothing to anyone else.</li>"
                        "<li><b>One cookie, only if you ask for it.</b> When you switch language, "
                        "the site remembers your choice in a cookie so that the following pages "
                        "open in that language. The cookie holds nothing else.</li>"
                        "<li><b>Search.</b> What you type into the search box is used only to "
                        "find matching pages and is not saved.</li>"
                        "<li><b>Server logs.</b> Like any web server, ours records each request – "
                        "the address it came from, the time, the page and the browser – to keep "
                        "the site secure and working. These logs are kept for a short time and "
                        "then deleted.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Editors</h2>"
                        "<p>The people who write and translate for the site have an account with "
                        "their name, e-mail address and a securely stored password. While they "
                        "are signed in, a session cookie keeps them logged in. An account is "
                        "removed when its owner stops working on the site.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Contact</h2>"
                        "<p>The site is run by the network's coordinator, the Department of "
                        "Social Development of Gdańsk City Hall, Nowe Ogrody 8/12, 80-803 Gdańsk, "
                        "Poland. Write to us if you would like to know what data we hold about "
                        "you, or to have it corrected or deleted.</p>"
                    ),
                },
            ],
        },
        "pl": {
            "slug": "prywatnosc",
            "title": "Prywatność",
            "intro": (
                "Serwis został zaprojektowany tak, by wiedzieć o swoich czytelnikach jak "
                "najmniej. Na tej stronie wyjaśniamy, co przechowuje i dlaczego."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Czytelnicy</h2>"
                        "<ul>"
                        "<li><b>Bez śledzenia.</b> Serwis nie korzysta z narzędzi analitycznych, "
                        "reklamowych ani mediów społecznościowych i nie tworzy profili "
                        "czytelników.</li>"
                        "<li><b>Bez usług zewnętrznych.</b> Skrypty, czcionki i obrazy pochodzą "
                        "wyłącznie z naszego serwera, więc otwarcie strony nie przekazuje nikomu "
                        "innemu żadnych danych.</li>"
                        "<li><b>Jeden plik cookie – tylko na Twoje życzenie.</b> Gdy zmieniasz "
                        "język, serwis zapamiętuje Twój wybór w pliku cookie, aby kolejne strony "
                        "otwierały się w tym języku. Plik nie zawiera niczego więcej.</li>"
                        "<li><b>Wyszukiwarka.</b> To, co wpisujesz w pole wyszukiwania, służy "
                        "wyłącznie do znalezienia pasujących stron i nie jest zapisywane.</li>"
                        "<li><b>Logi serwera.</b> Jak każdy serwer WWW, nasz rejestruje każde "
                        "żądanie – adres, z którego przyszło, czas, stronę i przeglądarkę – aby "
                        "serwis działał bezpiecznie i sprawnie. Logi przechowujemy krótko, a "
                        "następnie je usuwamy.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Redakcja</h2>"
                        "<p>Osoby, które piszą i tłumaczą treści serwisu, mają konto z imieniem i "
                        "nazwiskiem, adresem e-mail i bezpiecznie przechowywanym hasłem. Po "
                        "zalogowaniu sesyjny plik cookie pozwala im pozostać zalogowanymi. Konto "
                        "jest usuwane, gdy jego właściciel kończy pracę przy serwisie.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Kontakt</h2>"
                        "<p>Serwis prowadzi koordynator sieci – Wydział Rozwoju Społecznego "
                        "Urzędu Miejskiego w Gdańsku, ul. Nowe Ogrody 8/12, 80-803 Gdańsk. Napisz "
                        "do nas, jeśli chcesz się dowiedzieć, jakie dane o Tobie przechowujemy, "
                        "albo poprosić o ich poprawienie lub usunięcie.</p>"
                    ),
                },
            ],
        },
        "de": {
            "slug": "datenschutz",
            "title": "Datenschutz",
            "intro": (
                "Diese Website ist so gebaut, dass sie so wenig wie möglich über ihre Leserinnen "
                "und Leser weiß. Hier erfahren Sie, was sie speichert und warum."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Leserinnen und Leser</h2>"
                        "<ul>"
                        "<li><b>Kein Tracking.</b> Die Website verwendet keine Analyse-, Werbe- "
                        "oder Social-Media-Werkzeuge und erstellt keine Profile ihrer Leserinnen "
                        "und Leser.</li>"
                        "<li><b>Keine Dienste Dritter.</b> Skripte, Schriften und Bilder kommen "
                        "ausschließlich von unserem eigenen Server; beim Aufrufen einer Seite "
                        "wird also nichts an andere übermittelt.</li>"
                        "<li><b>Ein Cookie – nur, wenn Sie es wünschen.</b> Wenn Sie die Sprache "
                        "wechseln, merkt sich die Website Ihre Wahl in einem Cookie, damit die "
                        "folgenden Seiten in dieser Sprache erscheinen. Das Cookie enthält nichts "
                        "weiter.</li>"
                        "<li><b>Suche.</b> Was Sie in das Suchfeld eingeben, wird nur verwendet, "
                        "um passende Seiten zu finden, und nicht gespeichert.</li>"
                        "<li><b>Serverprotokolle.</b> Wie jeder Webserver erfasst auch unserer "
                        "jede Anfrage – die Adresse, von der sie kommt, die Uhrzeit, die Seite "
                        "und den Browser –, um die Website sicher und funktionsfähig zu halten. "
                        "Diese Protokolle werden kurz aufbewahrt und dann gelöscht.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Redaktion</h2>"
                        "<p>Wer für die Website schreibt und übersetzt, hat ein Konto mit Namen, "
                        "E-Mail-Adresse und einem sicher gespeicherten Passwort. Solange jemand "
                        "angemeldet ist, sorgt ein Sitzungscookie dafür, dass die Anmeldung "
                        "bestehen bleibt. Ein Konto wird gelöscht, sobald die Person nicht mehr "
                        "an der Website mitarbeitet.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Kontakt</h2>"
                        "<p>Betrieben wird die Website von der Koordination des Netzwerks, der "
                        "Abteilung für soziale Entwicklung der Stadtverwaltung Danzig, Nowe "
                        "Ogrody 8/12, 80-803 Gdańsk, Polen. Schreiben Sie uns, wenn Sie wissen "
                        "möchten, welche Daten wir über Sie gespeichert haben, oder wenn Sie sie "
                        "berichtigen oder löschen lassen möchten.</p>"
                    ),
                },
            ],
        },
        "nl": {
            "slug": "privacy",
            "title": "Privacy",
            "intro": (
                "Deze website is zo gebouwd dat ze zo weinig mogelijk over haar lezers weet. Hier "
                "leest u wat ze bewaart en waarom."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Lezers</h2>"
                        "<ul>"
                        "<li><b>Geen tracking.</b> De website gebruikt geen analyse-, "
                        "advertentie- of socialemediatools en maakt geen profielen van haar "
                        "lezers.</li>"
                        "<li><b>Geen diensten van derden.</b> Scripts, lettertypen en "
                        "afbeeldingen komen allemaal van onze eigen server, dus wie een pagina "
                        "opent, stuurt niets naar anderen.</li>"
                        "<li><b>Eén cookie, alleen als u erom vraagt.</b> Wanneer u van taal "
                        "wisselt, onthoudt de website uw keuze in een cookie, zodat de volgende "
                        "pagina's in die taal openen. Het cookie bevat verder niets.</li>"
                        "<li><b>Zoeken.</b> Wat u in het zoekveld typt, wordt alleen gebruikt om "
                        "passende pagina's te vinden en wordt niet bewaard.</li>"
                        "<li><b>Serverlogs.</b> Zoals elke webserver registreert ook de onze elk "
                        "verzoek – het adres waar het vandaan komt, het tijdstip, de pagina en de "
                        "browser – om de website veilig en werkend te houden. Deze logs worden "
                        "kort bewaard en daarna verwijderd.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Redactie</h2>"
                        "<p>Wie voor de website schrijft en vertaalt, heeft een account met naam, "
                        "e-mailadres en een veilig opgeslagen wachtwoord. Zolang iemand is "
                        "aangemeld, houdt een sessiecookie die aanmelding actief. Een account "
                        "wordt verwijderd zodra de eigenaar niet langer aan de website werkt.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Contact</h2>"
                        "<p>De website wordt beheerd door de coördinator van het netwerk, de "
                        "afdeling Sociale Ontwikkeling van het stadsbestuur van Gdańsk, Nowe "
                        "Ogrody 8/12, 80-803 Gdańsk, Polen. Schrijf ons als u wilt weten welke "
                        "gegevens we over u bewaren, of als u ze wilt laten corrigeren of "
                        "verwijderen.</p>"
                    ),
                },
            ],
        },
        "it": {
            "slug": "privacy",
            "title": "Privacy",
            "intro": (
                "Questo sito è pensato per sapere il meno possibile di chi lo legge. In questa "
                "pagina spieghiamo che cosa conserva e perché."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Chi legge</h2>"
                        "<ul>"
                        "<li><b>Nessun tracciamento.</b> Il sito non usa strumenti di analisi, "
                        "pubblicità o social media e non crea profili di chi lo legge.</li>"
                        "<li><b>Nessun servizio di terze parti.</b> Script, caratteri e immagini "
                        "provengono tutti dal nostro server, quindi aprire una pagina non invia "
                        "nulla a nessun altro.</li>"
                        "<li><b>Un solo cookie, e solo se lo chiedete.</b> Quando cambiate "
                        "lingua, il sito ricorda la vostra scelta in un cookie, così che le "
                        "pagine successive si aprano in quella lingua. Il cookie non contiene "
                        "nient'altro.</li>"
                        "<li><b>Ricerca.</b> Ciò che scrivete nel campo di ricerca serve solo a "
                        "trovare le pagine corrispondenti e non viene salvato.</li>"
                        "<li><b>Log del server.</b> Come ogni server web, anche il nostro "
                        "registra ogni richiesta – l'indirizzo di provenienza, l'ora, la pagina e "
                        "il browser – per mantenere il sito sicuro e funzionante. Questi log sono "
                        "conservati per poco tempo e poi cancellati.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Redazione</h2>"
                        "<p>Chi scrive e traduce per il sito ha un account con nome, indirizzo "
                        "e-mail e una password conservata in modo sicuro. Durante l'accesso, un "
                        "cookie di sessione mantiene l'utente collegato. L'account viene "
                        "cancellato quando la persona smette di lavorare al sito.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Contatti</h2>"
                        "<p>Il sito è gestito dal coordinatore della rete, il Dipartimento per lo "
                        "sviluppo sociale del Comune di Danzica, Nowe Ogrody 8/12, 80-803 Gdańsk, "
                        "Polonia. Scriveteci se volete sapere quali dati conserviamo su di voi o "
                        "chiederne la correzione o la cancellazione.</p>"
                    ),
                },
            ],
        },
        "el": {
            "slug": "aporrito",
            "title": "Απόρρητο",
            "intro": (
                "Ο ιστότοπος αυτός έχει σχεδιαστεί ώστε να γνωρίζει όσο το δυνατόν λιγότερα για "
                "τους αναγνώστες του. Σε αυτή τη σελίδα εξηγούμε τι αποθηκεύει και γιατί."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Αναγνώστες</h2>"
                        "<ul>"
                        "<li><b>Καμία παρακολούθηση.</b> Ο ιστότοπος δεν χρησιμοποιεί εργαλεία "
                        "ανάλυσης επισκεψιμότητας, διαφήμισης ή μέσων κοινωνικής δικτύωσης και "
                        "δεν δημιουργεί προφίλ των αναγνωστών του.</li>"
                        "<li><b>Καμία υπηρεσία τρίτων.</b> Τα σενάρια κώδικα, οι γραμματοσειρές "
                        "και οι εικόνες προέρχονται όλα από τον δικό μας διακομιστή, οπότε το "
                        "άνοιγμα μιας σελίδας δεν στέλνει τίποτα σε κανέναν άλλον.</li>"
                        "<li><b>Ένα cookie, μόνο αν το ζητήσετε.</b> Όταν αλλάζετε γλώσσα, ο "
                        "ιστότοπος θυμάται την επιλογή σας σε ένα cookie, ώστε οι επόμενες "
                        "σελίδες να ανοίγουν σε αυτή τη γλώσσα. Το cookie δεν περιέχει τίποτε "
                        "άλλο.</li>"
                        "<li><b>Αναζήτηση.</b> Ό,τι πληκτρολογείτε στο πεδίο αναζήτησης "
                        "χρησιμοποιείται μόνο για να βρεθούν οι σχετικές σελίδες και δεν "
                        "αποθηκεύεται.</li>"
                        "<li><b>Αρχεία καταγραφής.</b> Όπως κάθε διακομιστής ιστού, και ο δικός "
                        "μας καταγράφει κάθε αίτημα – τη διεύθυνση από την οποία προέρχεται, την "
                        "ώρα, τη σελίδα και το πρόγραμμα περιήγησης – ώστε ο ιστότοπος να "
                        "λειτουργεί με ασφάλεια και χωρίς προβλήματα. Τα αρχεία αυτά διατηρούνται "
                        "για σύντομο διάστημα και έπειτα διαγράφονται.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Συντάκτες</h2>"
                        "<p>Όσοι γράφουν και μεταφράζουν για τον ιστότοπο έχουν λογαριασμό με το "
                        "όνομά τους, τη διεύθυνση ηλεκτρονικού ταχυδρομείου τους και έναν κωδικό "
                        "πρόσβασης που αποθηκεύεται με ασφάλεια. Όσο είναι συνδεδεμένοι, ένα "
                        "cookie συνεδρίας διατηρεί τη σύνδεσή τους. Ο λογαριασμός διαγράφεται "
                        "όταν ο κάτοχός του σταματήσει να εργάζεται για τον ιστότοπο.</p>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<h2>Επικοινωνία</h2>"
                        "<p>Τον ιστότοπο διαχειρίζεται ο συντονιστής του δικτύου, το Τμήμα "
                        "Κοινωνικής Ανάπτυξης του Δήμου Γκντανσκ, Nowe Ogrody 8/12, 80-803 "
                        "Gdańsk, Πολωνία. Γράψτε μας αν θέλετε να μάθετε ποια δεδομένα σας "
                        "διατηρούμε ή να ζητήσετε τη διόρθωση ή τη διαγραφή τους.</p>"
                    ),
                },
            ],
        },
    },
}
