/// The decision letter's text, in bokmål always: it goes to a Norwegian applicant.
/// One body serves both formats: `{{#html}}` and `{{^html}}` choose the markup,
/// and every `{{value}}` is escaped by the format's content type (HTML, or
/// Markdown by `LetterRenderer`); nothing from the data is written raw.
enum LetterTemplate {
    static let html = #"""
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8"/>
<title>{{title}} – {{recipient}}</title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 42rem; padding: 0 1rem; line-height: 1.45; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
  .meta { color: #444; }
  @media print { @page { size: A4; margin: 20mm; } body { margin: 0; max-width: none; font-size: 10.5pt; } }
</style>
</head>
<body>
<p class="meta">{{fund}} · Sak {{caseRef}} · Tilsagn nr. <span data-figure="grant_id">{{grantID}}</span> · Dato {{decidedOn}}</p>
<p>Til: <strong>{{recipient}}</strong>{{#orgnr}}, org.nr. {{orgnr}}{{/orgnr}}{{#municipality}}, {{municipality}}{{/municipality}}</p>
<h1>{{title}}</h1>
{{#grant}}
<p>{{deciderAtStart}} har {{decidedOn}} innvilget tilskudd på <strong data-figure="amount" data-value="{{amount.value}}">{{amount.display}}</strong>{{#purpose}} til «{{purpose}}»{{/purpose}}.</p>
<p>Søkt beløp var {{amountApplied}}. Prosjektets kostnader er {{totalCost}}; tilskuddet utgjør <span data-figure="intensity" data-value="{{intensity.value}}">{{intensity.display}}</span> av dem (støtteandel).</p>
<h2>Støttegrunnlag</h2>
<p>{{basisText}}</p>
{{#deMinimis}}
<h2>Bagatellmessig støtte</h2>
<p>Tilskuddet er bagatellmessig støtte etter {{regulation}}. Denne støtten utgjør
<span data-figure="award_eur" data-value="{{award.value}}">{{award.display}}</span>, regnet om med kursen {{rate}} kroner per euro på vedtaksdagen.
Foretaket, sammen med foretak det utgjør ett foretak med, har i perioden {{windowStart}}–{{windowEnd}}, medregnet denne støtten, fått
<span data-figure="total_eur" data-value="{{total.value}}">{{total.display}}</span> i bagatellmessig støtte. Taket er
<span data-figure="ceiling_eur" data-value="{{ceiling.value}}">{{ceiling.display}}</span> over tre år.
Ta vare på dette brevet i ti år, og oppgi støtten når foretaket søker annen bagatellmessig støtte.</p>
{{/deMinimis}}
<h2>Vilkår</h2>
<ul>
{{#deadline}}<li>Tilsagnet gjelder til {{deadline}}. Det som ikke er anmodet utbetalt da, faller bort.</li>{{/deadline}}
{{#completion}}<li>Prosjektet skal være gjennomført innen {{completion}}.</li>{{/completion}}
{{#reportDue}}<li>Sluttrapport og regnskap skal være sendt innen {{reportDue}}.</li>{{/reportDue}}
{{#maxShare}}<li>Tilskuddet dekker høyst {{maxShare}} av dokumenterte kostnader; blir kostnadene lavere, blir tilskuddet redusert tilsvarende.</li>{{/maxShare}}
{{#holdback}}<li>{{holdback}} av tilskuddet holdes tilbake til sluttrapporten er mottatt.</li>{{/holdback}}
{{#conditions}}<li>{{.}}</li>{{/conditions}}
{{^hasConditions}}<li>Tilsagnet har ingen særskilte vilkår.</li>{{/hasConditions}}
</ul>
<h2>Utbetaling</h2>
<p>Tilskuddet utbetales etter skriftlig anmodning (utbetalingsanmodning) med oppstilling over påløpte, dokumenterte kostnader og en statusrapport.
Siste utbetaling skjer mot sluttrapport. Oppgi tilsagn nr. {{grantID}} og saksnummeret i anmodningen.</p>
{{/grant}}
{{#rejection}}
<p>{{deciderAtStart}} har {{decidedOn}} avslått søknaden om {{amountApplied}}{{#purpose}} til «{{purpose}}»{{/purpose}}.</p>
<h2>Begrunnelse</h2>
<p>{{reason}}</p>
{{/rejection}}
<h2>Klagerett</h2>
<p>Vedtaket kan påklages innen tre uker etter at dette brevet er mottatt, jf. forvaltningsloven § 28 og § 29.</p>
<p>Vedtatt av {{decidedBy}}{{#caseRef}}, sak {{caseRef}}{{/caseRef}}.</p>
</body>
</html>
"""#

    static let markdown = "{{% CONTENT_TYPE: \(LetterRenderer.markdownContentType)}}" + #"""
{{fund}} · Sak {{caseRef}} · Tilsagn nr. {{grantID}} · Dato {{decidedOn}}

Til: **{{recipient}}**{{#orgnr}}, org.nr. {{orgnr}}{{/orgnr}}{{#municipality}}, {{municipality}}{{/municipality}}

# {{title}}

{{#grant}}
{{deciderAtStart}} har {{decidedOn}} innvilget tilskudd på **{{amount.display}}**{{#purpose}} til «{{purpose}}»{{/purpose}}.

Søkt beløp var {{amountApplied}}. Prosjektets kostnader er {{totalCost}}; tilskuddet utgjør {{intensity.display}} av dem (støtteandel).

## Støttegrunnlag

{{basisText}}
{{#deMinimis}}

## Bagatellmessig støtte

Tilskuddet er bagatellmessig støtte etter {{regulation}}. Denne støtten utgjør {{award.display}}, regnet om med kursen {{rate}} kroner per euro på vedtaksdagen. Foretaket, sammen med foretak det utgjør ett foretak med, har i perioden {{windowStart}}–{{windowEnd}}, medregnet denne støtten, fått {{total.display}} i bagatellmessig støtte. Taket er {{ceiling.display}} over tre år. Ta vare på dette brevet i ti år, og oppgi støtten når foretaket søker annen bagatellmessig støtte.
{{/deMinimis}}

## Vilkår

{{#deadline}}
- Tilsagnet gjelder til {{deadline}}. Det som ikke er anmodet utbetalt da, faller bort.
{{/deadline}}
{{#completion}}
- Prosjektet skal være gjennomført innen {{completion}}.
{{/completion}}
{{#reportDue}}
- Sluttrapport og regnskap skal være sendt innen {{reportDue}}.
{{/reportDue}}
{{#maxShare}}
- Tilskuddet dekker høyst {{maxShare}} av dokumenterte kostnader; blir kostnadene lavere, blir tilskuddet redusert tilsvarende.
{{/maxShare}}
{{#holdback}}
- {{holdback}} av tilskuddet holdes tilbake til sluttrapporten er mottatt.
{{/holdback}}
{{#conditions}}
- {{.}}
{{/conditions}}
{{^hasConditions}}
- Tilsagnet har ingen særskilte vilkår.
{{/hasConditions}}

## Utbetaling

Tilskuddet utbetales etter skriftlig anmodning (utbetalingsanmodning) med oppstilling over påløpte, dokumenterte kostnader og en statusrapport. Siste utbetaling skjer mot sluttrapport. Oppgi tilsagn nr. {{grantID}} og saksnummeret i anmodningen.
{{/grant}}
{{#rejection}}
{{deciderAtStart}} har {{decidedOn}} avslått søknaden om {{amountApplied}}{{#purpose}} til «{{purpose}}»{{/purpose}}.

## Begrunnelse

{{reason}}
{{/rejection}}

## Klagerett

Vedtaket kan påklages innen tre uker etter at dette brevet er mottatt, jf. forvaltningsloven § 28 og § 29.

Vedtatt av {{decidedBy}}{{#caseRef}}, sak {{caseRef}}{{/caseRef}}.
"""#
}
