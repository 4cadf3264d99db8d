-- The Strategisk næringsplan for Vefsn kommune 2021–2024, all of it: its three
-- focus areas (satsingsområder), 16 goals (mål) and 51 strategies, in the plan's
-- own words, and the population figures it quotes from SSB.

INSERT INTO plan (id, name, municipality, first_year, last_year, slogan, vision) VALUES
    (1, 'Strategisk næringsplan for Vefsn kommune 2021–2024', 'Vefsn', 2021, 2024, 'Energi i sentrum!',
     'Mosjøen og Omegn Næringsselskap KF skal være en pådriver for utvikling og vekst i Mosjøen.');

INSERT INTO focus_area (id, plan_id, number, title, description) VALUES
    (1, 1, 1, 'Slagkraft for næringsutvikling',
     'Det skal være enkelt å etablere seg i Vefsn, og det skal tilrettelegges for å få nye store etableringer lokalisert hit. De lokale fortrinnene må synliggjøres i mye større grad, og gjennom deltagelse på relevante arenaer skal Vefsn legges merke til. Samtidig må det tilrettelegges for videreutvikling av eksisterende næringsliv, og Vefsn må ta en tydelig posisjon som en næringsvennlig, ambisiøs og konkurransedyktig kommune. Dette skal gjøres ved å;'),
    (2, 1, 2, 'Attraktivt fellesskap',
     'Det skal være spennende å jobbe i Vefsn, og det skal være attraktivt å bo her. Derfor er det viktig å tilrettelegge for ulike aktører som bidrar til trivsel, stolthet, tilhørighet og som gjør samfunnet mer levende. Målet er å vise nasjonalt hva Vefsn har å by på gjennom tydelig og strategisk markedsføring av kommunen i samarbeid med næringslivet. Gjennom dette satsingsområdet skal det blant annet jobbes med å skape flere kreative arbeidsplasser og videreutvikle reiselivsnæringen. Vefsn skal være et levende fellesskap som synes både i og utenfor Norge. Skal Vefsn lykkes med dette må næringslivet og MON/Vefsn kommune spille på lag. Dette skal oppnås på følgende måte;'),
    (3, 1, 3, 'Fremtidens samfunn',
     'Vefsn kommune ligger langt nede på statistikken når det kommer til deltakelse i innovasjonsprogrammer. Dette må snus ved å heve kunnskapen og kompetansen om bruk av virkemiddelapparat, og bistå aktørene som ønsker å ta del i innovasjonskultur, samarbeid, smartby-konseptet og det grønne skiftet. FNs bærekraftsmål skal være noe kommunen fronter og tar eierskap til, samtidig må næringslivet få større kunnskap om mulighetene som ligger her. Vefsn har mulighet til å være sentrum for innovasjon på Helgeland. For å ta denne posisjonen vil initiativer som ByLab eller lignende være viktig. En ByLab vil ivareta smartby-satsing, bygge opp FoU- og innovasjonskompetanse og være et senter for samarbeid og samhandling på tvers av kommunene og næringsliv i regionen, og ivareta innbyggerinvolvering. I tillegg vil etablering av klyngeprosjekt bidra til å fremheve lokale aktører, for eksempel innen reiselivsnæringa, event-bransjen, børekraftige matopplevelser eller kreative næringer. Et fremtidsrettet og moderne samfunn skapes gjennom;');

INSERT INTO goal (id, focus_area_id, code, title) VALUES
    (1, 1, '1.1', 'Etableringer på næringsarealene til/i kommunen.'),
    (2, 1, '1.2', 'Pådriver for flere statlige arbeidsplasser til Vefsn kommune.'),
    (3, 1, '1.3', 'Gjennomføre en mulighetsanalyse for industripark og/eller næringspark i Vefsn.'),
    (4, 1, '1.4', 'Videreutvikle eksisterende næringsliv.'),
    (5, 1, '1.5', 'Jobbe for realiseringen av ny godsterminal og bistå i utvikling av Mosjøen som godsknutepunkt på Helgeland.'),
    (6, 2, '2.1', 'Gjøre Mosjøen by og Vefsn-samfunnet mer synlig og attraktiv nasjonalt og internasjonalt.'),
    (7, 2, '2.2', 'Å sørge for et større fotavtrykk fra Vefsn i regionale rekrutterings- eller bolystprosjekter som Vefsn kommune deltar i.'),
    (8, 2, '2.3', 'Bistå i videreutvikling av en bærekraftig reiselivsnæring.'),
    (9, 2, '2.4', 'Bidra i styrking og tilrettelegging for studiemuligheter i Vefsn.'),
    (10, 2, '2.5', 'Lykkes med ett eller flere lokale signalprosjekter som bidrar til lokal stolthet og økt attraktivitet.'),
    (11, 2, '2.6', 'Flere arbeidsplasser innenfor kreative næringer.'),
    (12, 3, '3.1', 'Øke kompetansen om innovasjon, FoU og virkemiddelapparatene.'),
    (13, 3, '3.2', 'Regional gründersatsing'),
    (14, 3, '3.3', 'Iverksette smartby-satsing i kommunen.'),
    (15, 3, '3.4', 'Mulighetsanalyse Vefsn ByLab.'),
    (16, 3, '3.5', 'Klyngeprosjekt i Vefsn.');

INSERT INTO strategy (id, goal_id, letter, text) VALUES
    (1, 1, 'a', 'Tilrettelegge og tilgjengeliggjøre næringsarealer for ulike næringer.'),
    (2, 1, 'b', 'Utarbeide markedsføringsmateriale som viser fortrinnene og mulighetene som ligger i å etablere seg i Vefsn.'),
    (3, 1, 'c', 'Markedsføring av næringsarealene der det er hensiktsmessig.'),
    (4, 1, 'd', 'Ha god dialog og tett samhandling med lokalt/regionalt næringsliv, Nordland fylkeskommune, investormiljøer og relevante aktører i virkemiddelapparatet.'),
    (5, 1, 'e', 'Være aktiv på relevante nasjonale og internasjonale arenaer og bygge nettverk.'),
    (6, 1, 'f', 'Være proaktiv og ivareta henvendelser angående nye næringsetableringer i Vefsn.'),
    (7, 2, 'a', 'I samarbeid med lokale folkevalgte være oppdatert og se muligheter i de politiske regionale og nasjonale prosessene.'),
    (8, 2, 'b', 'Være en strategisk aktør som samhandler med lokalpolitikere, næringsliv og relevante interesseforeninger.'),
    (9, 2, 'c', 'Være en nettverksbygger.'),
    (10, 2, 'd', 'Prioritere ressurser i de sakene som har størst realiseringspotensial for Vefsn samfunnet.'),
    (11, 3, 'a', 'Etablere en prosjektgruppe som gjennomfører mulighetsanalyse for industripark og/eller næringspark i Vefsn.'),
    (12, 3, 'b', 'Jobbe for å realisere mulighetsstudien dersom den tilsier at det er gjennomførbart med industripark/næringspark. Iverksettes i tett samhandling med næringsliv i kommunen.'),
    (13, 4, 'a', 'Mer målrettet bruk av næringsfond og andre støtteordninger, samt rådgivning.'),
    (14, 4, 'b', 'Bedriftsnettverk – hjelpe lokale bedrifter å jobbe sammen i nettverk med det mål å utvikle næringslivet. Her er Mosjøen næringsforening sine bransjenettverk et viktig utgangspunkt og en naturlig samarbeidsaktør.'),
    (15, 4, 'c', 'Synliggjøring – MON skal bidra til mer synliggjøring av lokalt næringsliv på relevante arenaer.'),
    (16, 5, 'a', 'Stå til disposisjon for lokal prosjektgruppe for ny godsterminal.'),
    (17, 5, 'b', 'Bidra med administrative ressurser og være en nettverksbygger for realisering av ny godsterminal.'),
    (18, 5, 'c', 'Medvirke til økt godsoverføring fra bil til bane og båt i regionen.'),
    (19, 6, 'a', 'Utarbeide og gjennomføre en markedsføringsstrategi og merkevarebyggingsplan i samarbeid med lokalt næringsliv og interesseforeninger.'),
    (20, 6, 'b', 'Benytte ulike medier strategisk for å gjøre Vefsn mer synlig.'),
    (21, 6, 'c', 'Jobbe for større tilstedeværelse og synlighet på strategisk viktige arenaer gjennom deltakelse på konferanser og seminarer.'),
    (22, 6, 'd', 'Utarbeide en presentasjons-mal som lokale aktører kan benytte seg av.'),
    (23, 7, 'a', 'MON ønsker å ha en sentral rolle sammen med HR-avdelingen i Vefsn kommune, i lokale og regionale rekrutterings- og bolystprosjekter.'),
    (24, 8, 'a', 'Følge opp og delta aktivt i reisemålsutviklingsprosjektet i regi av Vefsna Regionalpark.'),
    (25, 8, 'b', 'Være en pådriver og følge opp tiltakene som fremkommer i masterplanen i prosjektet til Vefsna Regionalpark.'),
    (26, 9, 'a', 'Bistå bedrifter med å tilrettelegge slik at studenter kan komme og gjennomføre deler av utdanningsløpet sitt hos lokale aktører.'),
    (27, 9, 'b', 'Støtte oppunder initiativ rettet mot lokale kompetansebehov.'),
    (28, 9, 'c', 'Gjennomføre mulighetsanalyse for å se hvilke muligheter og behov som eksisterer lokalt for etablering av utdanningsløp i Vefsn.'),
    (29, 10, 'a', 'Være bindeledd mellom lokalt næringsliv, kommune og andre relevante aktører.'),
    (30, 10, 'b', 'Bistå til lokal kompetanseheving etter ønske og behov.'),
    (31, 10, 'c', 'Fullføre prosjektene reetablering av laks og bevaring av sjøørret i vassdragene i Vefsn, samt etablering av laksetrapper.'),
    (32, 11, 'a', 'Tiltrekke oss nødvendig kompetanse som kan bistå i videreutvikling av kreative næringer i Vefsn.'),
    (33, 11, 'b', 'Bistå i videreutvikling av Mosjøen by og Vefsn kommune som kreativt sentrum på Helgeland.'),
    (34, 12, 'a', 'Gjennomføre kurs, seminarer og workshop for å heve kunnskapen om virkemiddelapparatene.'),
    (35, 12, 'b', 'Bistå i søknadsprosesser og/eller ta initiativ sammen med lokale aktører.'),
    (36, 12, 'c', 'Synliggjøre deltakelse i innovasjonsprosjekter.'),
    (37, 13, 'a', 'Bruke næringsfond aktivt for å styrke de innovative og attraktive gründermiljøene, samt prioritere satsing på aktører som skaper arbeidsplasser.'),
    (38, 13, 'b', 'Bygge opp og drive videre en bred etablererservice.'),
    (39, 13, 'c', 'Oppfølging av Nordland Fylkeskommune og Innovasjon Norges gründerstrategi.'),
    (40, 13, 'd', 'Kontinuerlig arbeide for bidrag fra nasjonale og regionale utviklingsmidler.'),
    (41, 14, 'a', 'Øke kjennskapen til og forankre nasjonalt Smartby-veikart og de mulighetene som ligger der.'),
    (42, 14, 'b', 'Få på plass signalprosjekter som øker forståelsen for hva smartby-konseptet innebærer.'),
    (43, 14, 'c', 'Delta i relevante innovasjonsprogrammer innen Horisont Europa, Forskningsrådet og for eksempel målrettede utlysninger innen smartby.'),
    (44, 14, 'd', 'Deltakelse i relevante nettverk, for eksempel «smarte distrikter og lokalsamfunn».'),
    (45, 14, 'e', 'Bistå lokalt næringsliv med å få på plass egne prosjekter innen smartby.'),
    (46, 14, 'f', 'Ta eierskap til FNs bærekraftsmål og identifisere muligheter for kommune og næringsliv innen sirkulær økonomi.'),
    (47, 14, 'g', 'Forankre smartby-satsing lokalt.'),
    (48, 15, 'a', 'Etablere prosjektgruppe og gjennomføre mulighetsanalyse for å etablere en ByLab eller lignende initiativ i Vefsn.'),
    (49, 15, 'b', 'Jobbe for å realisere ByLab i Vefsn, i tett samarbeid med kommune, næringsliv og politiske aktører.'),
    (50, 16, 'a', 'Ta initiativ til å etablere et klyngeprosjekt basert på lokale fortrinn hvor Vefsn er hovedsete for organiseringen.'),
    (51, 16, 'b', 'Bistå i etablering av slikt nettverk lokalt, med sikte på å nå opp til Arena-status.');

INSERT INTO indicator (id, plan_id, key, name, unit) VALUES
    (1, 1, 'population', 'Befolkning i Vefsn', 'innbyggere');

INSERT INTO indicator_value (indicator_id, year, value, kind, source) VALUES
    (1, 2020, 13278, 'observed', 'SSB'),
    (1, 2030, 12579, 'projected', 'SSB'),
    (1, 2050, 11888, 'projected', 'SSB');
