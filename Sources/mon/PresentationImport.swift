import ArgumentParser
// Every command prints through Presentation's layouts, formatter and report: imported once here for the
// whole module rather than in each command file.
@_exported import Presentation

// The formats are Presentation's; that they are typed on the command line is mon's business.
extension OutputFormat: ExpressibleByArgument {}
extension LetterRenderer.Format: ExpressibleByArgument {}
