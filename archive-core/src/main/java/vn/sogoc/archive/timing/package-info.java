/** Where the time of a digitization goes: per-stage wall and CPU accumulators (JDK only). */
package vn.sogoc.archive.timing;
