/// The one page frame every page is drawn in: no script, no external resource, a print style that drops
/// the navigation. Every value is escaped by the template (`{{…}}`); nothing is inserted unescaped.
enum PageTemplate {
    static let frame = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · MON</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; }
        header { background: #0b3d5c; color: #fff; padding: .5rem 1rem; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
        header a { color: #fff; text-decoration: none; } header a:hover { text-decoration: underline; }
        header .who { margin-left: auto; display: flex; gap: .75rem; align-items: center; } header form { margin: 0; }
        main { padding: 1rem; max-width: 80rem; }
        table { border-collapse: collapse; margin: .5rem 0 1.5rem; font-size: .9rem; }
        th, td { border-bottom: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { background: #eef3f6; } td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
        .downloads { font-size: .85rem; } .error { color: #a00; font-weight: 600; } nav.paging a { margin-left: .75rem; }
        form.filters label { margin-right: .75rem; }
        @media print { header, .downloads, form.filters, nav.paging a { display: none; } main { max-width: none; } }
        </style>
        </head>
        <body>
        <header>
        {{#nav}}<a href="{{href}}">{{text}}</a>
        {{/nav}}{{#user}}<span class="who">{{name}} <form method="post" action="/logout"><button>{{logout}}</button></form></span>{{/user}}
        </header>
        <main>
        <h1>{{title}}</h1>
        {{#error}}<p class="error">{{error}}</p>{{/error}}
        {{#note}}<p class="note">{{note}}</p>{{/note}}
        {{#login}}<form method="post" action="/login">
        <p><label>{{usernameLabel}}<br><input name="username" autocomplete="username" required></label></p>
        <p><label>{{passwordLabel}}<br><input name="password" type="password" autocomplete="current-password" required></label></p>
        <p><button>{{submit}}</button></p>
        </form>{{/login}}
        {{#hasFilters}}<form method="get" class="filters">{{#filters}}<label>{{label}} <input name="{{name}}" value="{{value}}" size="12"></label>{{/filters}}<button>{{filter}}</button></form>{{/hasFilters}}
        {{#hasFields}}<dl>{{#fields}}<dt>{{name}}</dt><dd>{{value}}</dd>{{/fields}}</dl>{{/hasFields}}
        {{#paging}}<nav class="paging">{{summary}}{{#first}} <a href="{{href}}">{{text}}</a>{{/first}}{{#previous}} <a href="{{href}}" rel="prev">{{text}}</a>{{/previous}}{{#next}} <a href="{{href}}" rel="next">{{text}}</a>{{/next}}</nav>{{/paging}}
        {{#sections}}<section>
        {{#title}}<h2>{{title}}</h2>{{/title}}
        {{#downloads}}<p class="downloads">{{label}}: <a href="{{csv}}">CSV</a> · <a href="{{xlsx}}">xlsx</a> · <a href="{{json}}">JSON</a></p>{{/downloads}}
        {{#hasRows}}<table>
        <thead><tr>{{#headers}}<th>{{.}}</th>{{/headers}}</tr></thead>
        <tbody>{{#rows}}<tr>{{#cells}}<td{{#numeric}} class="n"{{/numeric}}>{{#href}}<a href="{{href}}">{{text}}</a>{{/href}}{{^href}}{{text}}{{/href}}</td>{{/cells}}</tr>
        {{/rows}}</tbody>
        </table>{{/hasRows}}{{^hasRows}}<p>{{empty}}</p>{{/hasRows}}
        </section>
        {{/sections}}
        </main>
        </body>
        </html>
        """
}
