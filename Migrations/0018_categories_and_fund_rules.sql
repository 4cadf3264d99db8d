-- The yearly report on the fund, and rules per fund.
-- * `reporting_category`: the code list a grant is reported under to
--   Regionalforvaltning (KMD's categories for kommunale næringsfond), kept as
--   data: seeded with the usual codes, a user adds others (`mon category add`).
-- * `grant.category`: the code a grant was approved under (NULL: none given).
-- * `grant_target`: the target groups a grant reaches (women, young people,
--   immigrants), any number per grant.
-- * `fund_parameter`: a fund's own value of a rule's parameter (intensity
--   limits, the basis a new application gets, the holdback), dated as
--   `parameter` is; a fund without its own value uses the general one.

CREATE TABLE reporting_category (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 20 AND code NOT GLOB '*[^0-9A-Za-z._-]*'),
    name_nb TEXT NOT NULL CHECK (length(trim(name_nb)) > 0),
    name_en TEXT CHECK (name_en IS NULL OR length(trim(name_en)) > 0)
) STRICT;

-- KMD's categories of 2018 that a kommunalt næringsfond grants under.
INSERT INTO reporting_category (code, name_nb, name_en) VALUES
    ('1110', 'Direkte støtte til etablerte bedrifter, eldre enn 5 år', 'Direct support to established businesses, older than 5 years'),
    ('1245', 'Tiltak for å fremme bedriftssamarbeid', 'Measures that further cooperation between businesses'),
    ('1310', 'Direkte støtte til bedrifter yngre enn 5 år', 'Direct support to businesses younger than 5 years'),
    ('1330', 'Etablerertjenester (ikke direkte støtte til bedrifter)', 'Services for new founders (not direct support to businesses)'),
    ('1350', 'Tilrettelegging for entreprenørskap i utdanningsløpet', 'Entrepreneurship in education'),
    ('1375', 'Forstudier og forprosjekter for gode næringsmiljøer og livskraftige lokalsamfunn',
             'Pre-studies and pre-projects for business communities and viable local communities'),
    ('2000', 'Tilrettelegging for næringsutvikling', 'Facilitation of business development'),
    ('2110', 'Fremme tilgang på relevant kompetanse', 'Access to relevant competence'),
    ('2120', 'Rekruttering av arbeidskraft', 'Recruitment of labour'),
    ('2210', 'Bredbånds- og mobiltiltak og digitalisering', 'Broadband, mobile coverage and digitalisation'),
    ('2215', 'Fysisk infrastruktur', 'Physical infrastructure'),
    ('3110', 'Utvikling av dagligvarebutikker og drivstofftilbud', 'Grocery shops and fuel supply');

ALTER TABLE grant ADD COLUMN category TEXT REFERENCES reporting_category(code);

CREATE TABLE grant_target (
    grant_id INTEGER NOT NULL REFERENCES grant(id),
    target TEXT NOT NULL CHECK (target IN ('women', 'young', 'immigrants')),
    PRIMARY KEY (grant_id, target)
) STRICT;

CREATE TABLE fund_parameter (
    fund_id INTEGER NOT NULL REFERENCES fund(id),
    key TEXT NOT NULL CHECK (key IN ('intensity_reason_above', 'intensity_max', 'deminimis_basis_default', 'holdback_default')),
    valid_from TEXT NOT NULL CHECK (valid_from IS date(valid_from, '+0 days')),
    value TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (fund_id, key, valid_from)
) STRICT;
