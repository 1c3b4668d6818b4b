package org.isnad.spark;

import java.io.IOException;
import java.util.Map;

/**
 * Makes the {@link AnalysisSink} of a partition. Named on the command line by class name
 * ({@code --sink-factory com.example.MyFactory}, options as {@code --sink-option key=value}); the
 * class needs a public no-argument constructor and must be on the executors' class path (in the
 * job jar or passed with {@code --jars}). Instantiated on the executor, once per partition.
 */
public interface AnalysisSinkFactory {
    /**
     * @param options the {@code --sink-option} pairs (a store's address, a collection name ...)
     * @param partition the index of the partition being written
     */
    AnalysisSink open(Map<String, String> options, int partition) throws IOException;

    /** A factory by class name, with a message naming the class when it cannot be made. */
    static AnalysisSinkFactory byName(String className) {
        try {
            Object o = Class.forName(className, true, Thread.currentThread().getContextClassLoader())
                    .getDeclaredConstructor().newInstance();
            if (!(o instanceof AnalysisSinkFactory f)) {
                throw new IllegalArgumentException("sink factory " + className + " does not implement " + AnalysisSinkFactory.class.getName());
            }
            return f;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("cannot make sink factory " + className + " (" + e + ")", e);
        }
    }
}
