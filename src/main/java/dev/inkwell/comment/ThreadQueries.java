package dev.inkwell.comment;

import java.util.Collection;
import java.util.Map;

/** Recursive thread reads. */
interface ThreadQueries {

	/**
	 * A page of each requested thread; requests of the same shape share one WITH
	 * RECURSIVE statement.
	 */
	Map<ThreadRequest, ThreadPage> findThreads(Collection<ThreadRequest> requests);

}
