#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H

#include <sqlite3.h>

/// `sqlite3_db_config` is variadic, so Swift cannot call it. This is its
/// (int, int*) form, which covers every boolean SQLITE_DBCONFIG_* option.
static inline int csqlite_db_config_bool(sqlite3 *db, int op, int enable, int *now) {
    return sqlite3_db_config(db, op, enable, now);
}

#endif
