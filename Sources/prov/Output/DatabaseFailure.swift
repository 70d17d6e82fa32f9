import Provenance

/// An SQLite error as a user reads it: what happened and what to do, without the statement.
///
/// The commands check what a user types before it reaches SQL, so a constraint failure here is
/// prov's own mistake; a busy, full or read-only database is the user's to fix.
struct DatabaseFailure: Error, CustomStringConvertible {
    var error: SQLiteError

    init(_ error: SQLiteError) { self.error = error }

    var description: String {
        if error.isBusy {
            return "the database is busy: another program is writing to it; try again when it has finished"
        }
        if error.isDiskFull { return "the disk is full: the database could not grow (\(error.message))" }
        if error.isReadOnly {
            return "the database cannot be written: check the permissions of the file and its folder (\(error.message))"
        }
        if error.isConstraintViolation {
            return "the database refused a change that prov should have checked first (\(error.message)); "
                + "please report the command you ran"
        }
        return "database error: \(error.message)"
    }
}
