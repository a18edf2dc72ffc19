package vn.sogoc.archive.app.register;

import vn.sogoc.archive.register.RegisterEntry;

/** A parsed row of a register CSV file with the line it came from. */
record RegisterRow(long line, RegisterEntry entry) { }
