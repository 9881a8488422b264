// DateFilter.equals: equal at the precision both have, i.e. the spans overlap ($_lo..$_hi is the given date's span; {{PROP}}Lo/Hi the stored one's, computed at load).
(n.{{PROP}}Lo IS NOT NULL AND n.{{PROP}}Lo <= $_hi AND n.{{PROP}}Hi >= $_lo)
