// Kùzu schema: one node table per label, one rel table per type (all its label pairs).
// Applied at start-up with IF NOT EXISTS; a test checks it against src/domain/model.ts.
CREATE NODE TABLE IF NOT EXISTS Source(id STRING PRIMARY KEY, kind STRING, title STRING, titleZh STRING, publisher STRING, date STRING, url STRING, doi STRING, note STRING, searchText STRING);
CREATE NODE TABLE IF NOT EXISTS Mineral(id STRING PRIMARY KEY, sources STRING[], note STRING, noteSources STRING[], citation STRING, searchText STRING, name STRING, nameZh STRING, symbol STRING, isGroup BOOLEAN, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Country(id STRING PRIMARY KEY, sources STRING[], note STRING, noteSources STRING[], citation STRING, searchText STRING, name STRING, nameZh STRING, kind STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Agency(id STRING PRIMARY KEY, sources STRING[], note STRING, noteSources STRING[], citation STRING, searchText STRING, acronym STRING, name STRING, nameZh STRING, country STRING, parent STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Company(id STRING PRIMARY KEY, sources STRING[], note STRING, noteSources STRING[], citation STRING, searchText STRING, name STRING, nameZh STRING, country STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS ListEdition(id STRING PRIMARY KEY, sources STRING[], note STRING, noteSources STRING[], citation STRING, searchText STRING, issuer STRING, agency STRING, year INT64, published STRING, title STRING, titleZh STRING, kind STRING, size INT64);
CREATE NODE TABLE IF NOT EXISTS Policy(id STRING PRIMARY KEY, sources STRING[], note STRING, noteSources STRING[], citation STRING, searchText STRING, kind STRING, number STRING, title STRING, titleZh STRING, date STRING, administration STRING, issuer STRING, agency STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Alliance(id STRING PRIMARY KEY, sources STRING[], note STRING, noteSources STRING[], citation STRING, searchText STRING, acronym STRING, name STRING, nameZh STRING, kind STRING, founded STRING, aliases STRING[]);
CREATE NODE TABLE IF NOT EXISTS Investment(id STRING PRIMARY KEY, sources STRING[], note STRING, noteSources STRING[], citation STRING, searchText STRING, title STRING, date STRING, amount DOUBLE, currency STRING, amountText STRING, funder STRING, recipient STRING, program STRING);
CREATE REL TABLE IF NOT EXISTS HAS_MEMBER(FROM Mineral TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING);
CREATE REL TABLE IF NOT EXISTS FORM_OF(FROM Mineral TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS LISTS(FROM ListEdition TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, asPublished STRING, category STRING, verification STRING);
CREATE REL TABLE IF NOT EXISTS ISSUED_BY(FROM ListEdition TO Country, FROM Policy TO Country, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING);
CREATE REL TABLE IF NOT EXISTS PUBLISHED_BY(FROM ListEdition TO Agency, FROM Policy TO Agency, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING);
CREATE REL TABLE IF NOT EXISTS BASED_IN(FROM Agency TO Country, FROM Company TO Country, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING);
CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Agency TO Agency, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING);
CREATE REL TABLE IF NOT EXISTS FUNDED_BY(FROM Investment TO Agency, FROM Investment TO Country, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING);
CREATE REL TABLE IF NOT EXISTS AWARDED_TO(FROM Investment TO Company, FROM Investment TO Country, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING);
CREATE REL TABLE IF NOT EXISTS UNDER(FROM Investment TO Policy, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING);
CREATE REL TABLE IF NOT EXISTS TARGETS(FROM Investment TO Mineral, FROM Policy TO Country, FROM Alliance TO Country, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS MEMBER_OF(FROM Country TO Alliance, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, since STRING, until STRING, role STRING, verification STRING);
CREATE REL TABLE IF NOT EXISTS MANDATES(FROM Policy TO ListEdition, FROM Policy TO Policy, FROM Policy TO Agency, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS INVOKES(FROM Policy TO Policy, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS AMENDS(FROM Policy TO Policy, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS IMPLEMENTS(FROM Policy TO Policy, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS NAMES(FROM Policy TO Mineral, FROM Alliance TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS CREATES(FROM Policy TO Agency, FROM Policy TO Alliance, FROM Policy TO Company, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS PARTY_TO(FROM Country TO Policy, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS ISSUED(FROM Alliance TO Policy, FROM Agency TO Policy, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS ADMINISTERS(FROM Agency TO Policy, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS PARTNERS_WITH(FROM Country TO Country, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS PRODUCES_AT(FROM Company TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, date STRING, role STRING);
CREATE REL TABLE IF NOT EXISTS RELIES_ON(FROM Country TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, year INT64, text STRING, percent DOUBLE, release STRING, latest BOOLEAN, relianceLo DOUBLE, relianceHi DOUBLE);
CREATE REL TABLE IF NOT EXISTS SUPPLIES(FROM Country TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, importer STRING, rank INT64, period STRING, sharePercent DOUBLE);
CREATE REL TABLE IF NOT EXISTS RESERVES(FROM Country TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, year INT64, amount DOUBLE, unit STRING, text STRING, type STRING, worldTotal DOUBLE, worldText STRING, release STRING, latest BOOLEAN);
CREATE REL TABLE IF NOT EXISTS PRODUCES(FROM Country TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, year INT64, amount DOUBLE, unit STRING, text STRING, type STRING, estimated BOOLEAN, sharePercent DOUBLE, worldTotal DOUBLE, release STRING, latest BOOLEAN);
CREATE REL TABLE IF NOT EXISTS MEASURE(FROM Country TO Mineral, key STRING, sources STRING[], note STRING, noteSources STRING[], citation STRING, indicator STRING, year INT64, period STRING, value DOUBLE, text STRING, unit STRING, partner STRING);
// Properties added after a table was first created: a database folder made by an older
// version gains them here (CREATE ... IF NOT EXISTS leaves an existing table as it is).
ALTER TABLE LISTS ADD IF NOT EXISTS verification STRING;
ALTER TABLE RELIES_ON ADD IF NOT EXISTS release STRING;
ALTER TABLE RELIES_ON ADD IF NOT EXISTS latest BOOLEAN;
ALTER TABLE RELIES_ON ADD IF NOT EXISTS relianceLo DOUBLE;
ALTER TABLE RELIES_ON ADD IF NOT EXISTS relianceHi DOUBLE;
ALTER TABLE PRODUCES ADD IF NOT EXISTS release STRING;
ALTER TABLE PRODUCES ADD IF NOT EXISTS latest BOOLEAN;
