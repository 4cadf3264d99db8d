#ifndef MON_CSQLITE_SHIM_H
#define MON_CSQLITE_SHIM_H

#include <sqlite3.h>

// sqlite3_db_config is variadic, and Swift cannot call C variadic functions:
// these wrappers give each option we use a fixed signature.

/// Sets an integer-valued connection option (SQLITE_DBCONFIG_DQS_DML, ...); returns the SQLite result code.
static inline int csqlite_db_config_int(sqlite3 *db, int op, int value) {
    return sqlite3_db_config(db, op, value, (int *)0);
}

#endif
