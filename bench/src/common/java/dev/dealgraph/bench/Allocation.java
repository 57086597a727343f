package dev.dealgraph.bench;

import java.lang.management.ManagementFactory;

/** Bytes this thread has allocated so far, as the JVM counts them. */
final class Allocation {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private Allocation() {
	}

	static long ofThisThread() {
		return THREADS.getCurrentThreadAllocatedBytes();
	}

}
