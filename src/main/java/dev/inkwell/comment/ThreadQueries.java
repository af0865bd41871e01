package dev.inkwell.comment;

import java.util.Collection;
import java.util.Map;

import dev.inkwell.projection.SelectedFields;

/** Recursive thread reads. */
interface ThreadQueries {

	/**
	 * A page of each requested thread; requests of the same shape share one WITH
	 * RECURSIVE statement, reading the costly columns only for the fields that need them.
	 */
	Map<ThreadRequest, ThreadPage> findThreads(Collection<ThreadRequest> requests, SelectedFields selected);

}
