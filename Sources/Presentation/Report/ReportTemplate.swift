/// The board report's page: one file, no network, charts drawn inline in SVG.
/// Every `{{value}}` is HTML-escaped by Mustache; nothing is written raw.
enum ReportTemplate {
    static let html = #"""
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Resultatrapport – {{planName}}</title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
  h2 { font-size: 1.25rem; border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem; margin-top: 2rem; }
  h3 { font-size: 1.05rem; margin-bottom: 0.3rem; }
  .lead { color: #444; margin-top: 0; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid #ccc; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
  th { background: #eef3f8; }
  td.num, th.num { text-align: right; white-space: nowrap; }
  tr.total td { font-weight: bold; border-top: 2px solid #1f4e79; }
  .figures { display: flex; flex-wrap: wrap; gap: 1rem; }
  .figure { border: 1px solid #ccc; padding: 0.5rem 0.8rem; min-width: 10rem; }
  .figure .value { font-size: 1.4rem; font-weight: bold; }
  figure { margin: 1rem 0; }
  figcaption { font-size: 0.85rem; color: #444; }
  svg { max-width: 100%; height: auto; font-size: 11px; }
  svg text { fill: #1a1a1a; }
  .axis { stroke: #555; stroke-width: 1; }
  .grid { stroke: #ddd; stroke-width: 1; }
  .mark { fill: #1f4e79; stroke: #fff; stroke-width: 1; }
  .bar-goal { fill: #1f4e79; }
  .note { font-size: 0.85rem; color: #444; }
  @media print {
    @page { size: A4; margin: 15mm; }
    body { margin: 0; max-width: none; font-size: 10pt; }
    h2 { break-after: avoid; }
    figure, table { break-inside: avoid; }
    .figure { border-color: #888; }
  }
</style>
</head>
<body>
<header>
<h1>Resultatrapport: {{planName}}</h1>
<p class="lead">{{period}}. Anslag, rangering og fond per {{asOf}}. Laget av mon.</p>
<p class="lead" id="plan-period">{{planPeriod}}</p>
</header>

<section id="summary">
<h2>Hovedtall</h2>
<div class="figures">
<div class="figure"><div>{{words.projects}}</div><div class="value" data-figure="projects" data-value="{{projectCount}}">{{projectCount}}</div></div>
<div class="figure"><div>{{words.jobs}}</div><div class="value" data-figure="jobs" data-value="{{jobs.value}}">{{jobs.display}}</div></div>
<div class="figure"><div>{{words.population}}</div><div class="value" data-figure="population_effect" data-value="{{population.value}}">{{population.display}}</div></div>
<div class="figure"><div>{{words.granted}}</div><div class="value" data-figure="granted" data-value="{{granted.value}}">{{granted.display}}</div></div>
<div class="figure"><div>{{words.in_force}}</div><div class="value" data-figure="in_force" data-value="{{inForce.value}}">{{inForce.display}}</div></div>
<div class="figure"><div>{{words.paid}}</div><div class="value" data-figure="paid" data-value="{{paid.value}}">{{paid.display}}</div></div>
<div class="figure"><div>{{words.allocated}}</div><div class="value" data-figure="allocated" data-value="{{allocated.value}}">{{allocated.display}}</div></div>
</div>
<p class="note">{{moneyNote}}</p>
<p class="note">{{expectedNote}}</p>
{{#decline}}
<p>Planen viser til SSBs tall: {{fromValue}} innbyggere i {{fromYear}} og {{toValue}} i {{toYear}}, en nedgang på {{decline}}.
Porteføljens anslåtte befolkningseffekt ({{population.display}} personer) svarer til {{share}} av nedgangen.
Anslaget er en størrelsesorden, ikke en prognose.</p>
{{/decline}}
</section>

<section id="goals">
<h2>Resultater per satsingsområde og mål</h2>
{{#areas}}
<h3>{{number}}. {{title}}</h3>
<table>
<thead><tr><th>{{words.goal}}</th><th>{{words.projects}}</th><th class="num">{{words.granted}}</th><th class="num">{{words.in_force}}</th><th class="num">{{words.paid}}</th><th class="num">{{words.jobs}}</th><th class="num">{{words.population}}</th></tr></thead>
<tbody>
{{#goals}}
<tr><td>{{code}} {{title}}</td><td data-goal="{{code}}" data-figure="projects" data-value="{{projects}}">{{statuses}}</td>
<td class="num" data-goal="{{code}}" data-figure="granted" data-value="{{granted.value}}">{{granted.display}}</td>
<td class="num" data-goal="{{code}}" data-figure="in_force" data-value="{{inForce.value}}">{{inForce.display}}</td>
<td class="num" data-goal="{{code}}" data-figure="paid" data-value="{{paid.value}}">{{paid.display}}</td>
<td class="num" data-goal="{{code}}" data-figure="jobs" data-value="{{jobs.value}}">{{jobs.display}}</td>
<td class="num" data-goal="{{code}}" data-figure="population_effect" data-value="{{population.value}}">{{population.display}}</td></tr>
{{/goals}}
<tr class="total"><td>Sum satsingsområde {{number}}</td><td data-area="{{number}}" data-figure="projects" data-value="{{projects}}">{{projects}}</td>
<td class="num" data-area="{{number}}" data-figure="granted" data-value="{{granted.value}}">{{granted.display}}</td>
<td class="num" data-area="{{number}}" data-figure="in_force" data-value="{{inForce.value}}">{{inForce.display}}</td>
<td class="num" data-area="{{number}}" data-figure="paid" data-value="{{paid.value}}">{{paid.display}}</td>
<td class="num" data-area="{{number}}" data-figure="jobs" data-value="{{jobs.value}}">{{jobs.display}}</td>
<td class="num" data-area="{{number}}" data-figure="population_effect" data-value="{{population.value}}">{{population.display}}</td></tr>
</tbody>
</table>
{{/areas}}
{{#outside}}
<p class="note">{{.}}</p>
{{/outside}}

<figure>
{{#goalsChart}}
<svg role="img" aria-labelledby="goals-title goals-desc" viewBox="0 0 640 {{height}}" width="640" height="{{height}}">
<title id="goals-title">Prosjekter per mål</title>
<desc id="goals-desc">Et liggende søylediagram med ett felt per mål i planen; antallet prosjekter står skrevet ved hver søyle og i tabellene over.</desc>
{{#rows}}
<text x="4" y="{{textY}}">{{code}}</text>
<rect class="bar-goal" x="60" y="{{y}}" width="{{width}}" height="14"><title>{{title}}</title></rect>
<text x="{{countX}}" y="{{textY}}">{{count}}</text>
{{/rows}}
</svg>
{{/goalsChart}}
<figcaption>Planlagte, aktive og fullførte prosjekter per hovedmål. Antallet står ved hver søyle.</figcaption>
</figure>
</section>

<section id="uncovered">
<h2>Mål uten planlagte eller aktive prosjekter</h2>
{{#hasUncovered}}
<ul>
{{#uncovered}}<li>{{code}} {{text}}</li>
{{/uncovered}}
</ul>
{{/hasUncovered}}
{{^hasUncovered}}<p>Alle mål har minst ett planlagt eller aktivt prosjekt.</p>{{/hasUncovered}}
</section>

\#(IndicatorSection.template){{#results}}
<section id="estimated-against-achieved">
<h2>{{title}}</h2>
<p class="note">{{note}}</p>
{{#empty}}<p>{{none}}</p>{{/empty}}
{{#tables}}
{{#hasTitle}}<h3>{{title}}</h3>{{/hasTitle}}
<table>
<thead><tr>{{#headers}}<th>{{.}}</th>{{/headers}}</tr></thead>
<tbody>
{{#rows}}<tr>{{#cells}}<td{{#numeric}} class="num"{{/numeric}} data-figure="{{key}}" data-value="{{value}}">{{display}}</td>{{/cells}}</tr>
{{/rows}}
</tbody>
</table>
{{/tables}}
</section>
{{/results}}

<section id="ranking">
<h2>Høyest rangerte prosjekter</h2>
{{#noRanking}}<p>{{.}}</p>{{/noRanking}}
{{^noRanking}}
<p class="note">Ringvirkningspoeng 0–100 etter modell v{{modelVersion}}: siste vurdering av hvert prosjekt som ikke er fullført eller avbrutt. Metoden er beskrevet i docs/ringvirkning.md.</p>
{{#rankingNote}}<p class="note" id="ranking-shown">{{.}}</p>
{{/rankingNote}}<table>
<thead><tr><th class="num">Rang</th><th>Prosjekt</th><th class="num">Poeng</th><th class="num">Søknad</th><th class="num">Arbeidsplasser</th><th class="num">Befolkningseffekt</th></tr></thead>
<tbody>
{{#ranking}}
<tr><td class="num">{{rank}}</td><td>{{name}}</td>
<td class="num" data-project="{{projectID}}" data-figure="score" data-value="{{score.value}}">{{score.display}}</td>
<td class="num" data-project="{{projectID}}" data-figure="request" data-value="{{request.value}}">{{request.display}}</td>
<td class="num" data-project="{{projectID}}" data-figure="jobs_total" data-value="{{jobs.value}}">{{jobs.display}}</td>
<td class="num" data-project="{{projectID}}" data-figure="population_effect" data-value="{{population.value}}">{{population.display}}</td></tr>
{{/ranking}}
</tbody>
</table>
{{#top}}
<h3>{{rank}}. {{name}}: {{score.display}} poeng</h3>
<table>
<thead><tr><th>Kriterium</th><th class="num">Verdi</th><th class="num">Poeng 0–5</th><th class="num">Vekt</th><th class="num">Bidrag</th></tr></thead>
<tbody>
{{#parts}}
<tr><td>{{label}}</td>
<td class="num" data-project="{{projectID}}" data-criterion="{{key}}" data-figure="value" data-value="{{value.value}}">{{value.display}}</td>
<td class="num" data-project="{{projectID}}" data-criterion="{{key}}" data-figure="score" data-value="{{score.value}}">{{score.display}}</td>
<td class="num" data-project="{{projectID}}" data-criterion="{{key}}" data-figure="weight" data-value="{{weight.value}}">{{weight.display}}</td>
<td class="num" data-project="{{projectID}}" data-criterion="{{key}}" data-figure="points" data-value="{{points.value}}">{{points.display}}</td></tr>
{{/parts}}
</tbody>
</table>
{{/top}}

<figure>
{{#scatter}}
<svg role="img" aria-labelledby="scatter-title scatter-desc" viewBox="0 0 640 360" width="640" height="360">
<title id="scatter-title">Poeng mot søknadsbeløp</title>
<desc id="scatter-desc">Ett merke per vurdert prosjekt, med ringvirkningspoeng loddrett og søknadsbeløp vannrett. Sirkel er satsingsområde 1, kvadrat 2, trekant 3; tallet ved merket er prosjektets rang i tabellen over.</desc>
{{#yTicks}}<line class="grid" x1="{{left}}" y1="{{y}}" x2="{{axisRight}}" y2="{{y}}"/><text x="50" y="{{y}}" text-anchor="end" dy="4">{{label}}</text>
{{/yTicks}}
<line class="axis" x1="{{left}}" y1="{{axisY}}" x2="{{axisRight}}" y2="{{axisY}}"/>
<line class="axis" x1="{{left}}" y1="{{top}}" x2="{{left}}" y2="{{axisY}}"/>
{{#xTicks}}<text x="{{x}}" y="330" text-anchor="middle">{{label}}</text>
{{/xTicks}}
<text x="345" y="352" text-anchor="middle">Søknad til næringsfondet</text>
<text x="12" y="190" transform="rotate(-90 12 190)" text-anchor="middle">Poeng</text>
{{#points}}
{{#circle}}<circle class="mark" cx="{{x}}" cy="{{y}}" r="5"><title>{{title}}</title></circle>{{/circle}}
{{#square}}<rect class="mark" x="{{squareX}}" y="{{squareY}}" width="10" height="10"><title>{{title}}</title></rect>{{/square}}
{{#triangle}}<polygon class="mark" points="{{trianglePoints}}"><title>{{title}}</title></polygon>{{/triangle}}
{{#other}}<circle class="mark" cx="{{x}}" cy="{{y}}" r="3"><title>{{title}}</title></circle>{{/other}}
<text x="{{labelX}}" y="{{labelY}}">{{label}}</text>
{{/points}}
</svg>
{{/scatter}}
<figcaption>Poeng mot søknadsbeløp. ● satsingsområde 1, ■ satsingsområde 2, ▲ satsingsområde 3. Tallene er rangen i tabellen.</figcaption>
</figure>
{{/noRanking}}
</section>

<section id="fund">
<h2>Næringsfondet år for år</h2>
<p class="note">{{fundNote}}</p>
<table>
<thead><tr><th>{{words.year}}</th><th class="num">{{words.flow_allocated}}</th><th class="num">{{words.flow_granted}}</th><th class="num">{{words.flow_paid}}</th><th class="num">{{words.flow_repaid}}</th><th class="num">{{words.flow_released}}</th><th class="num">{{words.position_available_end}}</th></tr></thead>
<tbody>
{{#fund}}
<tr><td>{{year}}</td>
<td class="num" data-year="{{year}}" data-figure="allocated" data-value="{{allocated.value}}">{{allocated.display}}</td>
<td class="num" data-year="{{year}}" data-figure="granted" data-value="{{granted.value}}">{{granted.display}}</td>
<td class="num" data-year="{{year}}" data-figure="paid" data-value="{{paid.value}}">{{paid.display}}</td>
<td class="num" data-year="{{year}}" data-figure="repaid" data-value="{{repaid.value}}">{{repaid.display}}</td>
<td class="num" data-year="{{year}}" data-figure="released" data-value="{{released.value}}">{{released.display}}</td>
<td class="num" data-year="{{year}}" data-figure="available_end" data-value="{{availableEnd.value}}">{{availableEnd.display}}</td></tr>
{{/fund}}
</tbody>
</table>
<figure>
{{#fundChart}}
<svg role="img" aria-labelledby="fund-title fund-desc" viewBox="0 0 640 360" width="640" height="360">
<title id="fund-title">Fondet per år</title>
<desc id="fund-desc">Fire søyler per år: tildelt i året (helfylt), innvilget i året (skravert), utbetalt i året (prikket) og disponibelt ved årets slutt (åpen). Tallene står i tabellen over.</desc>
<defs>
<pattern id="pattern-allocated" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#1f4e79"/></pattern>
<pattern id="pattern-granted" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><path d="M0,6 L6,0" stroke="#b35900" stroke-width="2"/></pattern>
<pattern id="pattern-paid" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><circle cx="3" cy="3" r="1.6" fill="#2e7d32"/></pattern>
<pattern id="pattern-available" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/></pattern>
</defs>
{{#yTicks}}<line class="grid" x1="{{left}}" y1="{{y}}" x2="{{axisRight}}" y2="{{y}}"/><text x="74" y="{{y}}" text-anchor="end" dy="4">{{label}}</text>
{{/yTicks}}
<line class="axis" x1="{{left}}" y1="{{axisY}}" x2="{{axisRight}}" y2="{{axisY}}"/>
{{#years}}
{{#bars}}<rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" fill="url(#pattern-{{pattern}})" stroke="#1a1a1a" stroke-width="0.8"><title>{{title}}</title></rect>
{{/bars}}
<text x="{{labelX}}" y="325" text-anchor="middle">{{label}}</text>
{{/years}}
{{#legend}}<rect x="{{x}}" y="{{y}}" width="12" height="12" fill="url(#pattern-{{pattern}})" stroke="#1a1a1a" stroke-width="0.8"/><text x="{{textX}}" y="{{textY}}">{{label}}</text>
{{/legend}}
</svg>
{{/fundChart}}
<figcaption>Fondene per år: årets tildeling, innvilgning og utbetaling (flyt) og disponibelt ved årets slutt (beholdning), hver med sitt eget mønster.</figcaption>
</figure>
</section>

{{#hasRounds}}<section id="rounds">
<h2>{{roundsTitle}}</h2>
{{/hasRounds}}{{#rounds}}
<h3>{{heading}}</h3>
<p>{{sentence}}</p>
<table>
<thead><tr>{{#columns}}<th>{{text}}</th>{{/columns}}</tr></thead>
<tbody>
{{#rows}}<tr data-grant="{{grant}}">{{#cells}}<td>{{text}}</td>{{/cells}}</tr>
{{/rows}}
</tbody>
</table>
{{/rounds}}{{#hasRounds}}</section>
{{/hasRounds}}

<section id="grants">
<h2>Tilsagn gitt</h2>
{{#grantsNote}}<p class="note" id="grants-shown">{{.}}</p>
{{/grantsNote}}<table>
<thead><tr><th>{{words.recipient}}</th><th>{{words.purpose}}</th><th class="num">{{words.granted}}</th><th class="num">{{words.paid}}</th><th>{{words.status}}</th><th>{{words.date}}</th><th>{{words.decision}}</th><th>{{words.recused}}</th></tr></thead>
<tbody>
{{#grants}}
<tr><td>{{recipient}}</td><td>{{purpose}}</td>
<td class="num" data-grant="{{id}}" data-figure="granted" data-value="{{granted.value}}">{{granted.display}}</td>
<td class="num" data-grant="{{id}}" data-figure="paid" data-value="{{paid.value}}">{{paid.display}}</td>
<td data-grant="{{id}}" data-figure="status" data-value="{{status}}">{{statusText}}</td><td><time datetime="{{approvedOn}}">{{date}}</time></td>
<td>{{decision}}</td><td>{{recused}}</td></tr>
{{/grants}}
{{#grantsTotal}}<tr class="total"><td data-grants="all" data-figure="count" data-value="{{count}}">{{label}}</td><td></td>
<td class="num" data-grants="all" data-figure="granted" data-value="{{granted.value}}">{{granted.display}}</td>
<td class="num" data-grants="all" data-figure="paid" data-value="{{paid.value}}">{{paid.display}}</td>
<td></td><td></td><td></td><td></td></tr>
{{/grantsTotal}}</tbody>
</table>
</section>
<footer><p class="note">{{historyHead}}</p></footer>
</body>
</html>
"""#
}
