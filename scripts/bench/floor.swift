// The least a Swift program built as mon is built (the Swift runtime and Foundation linked in) takes to
// start: it prints a version as `mon --version` does, through Foundation's FileHandle as mon's errors go.
// scripts/bench.sh times it beside mon and the sqlite3 shell: what lies between it and the shell is the
// language's, what lies between mon and it is mon's.
import Foundation

FileHandle.standardOutput.write(Data("0.1.0\n".utf8))
