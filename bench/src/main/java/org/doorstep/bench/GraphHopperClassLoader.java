package org.doorstep.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorstep.engine.city.Buildings;
import org.doorstep.engine.city.Facilities;

/**
 * Runs {@link GraphHopperReference} beside the engine although the two need different hppc versions in the same
 * package: GraphHopper 11.0 needs 0.8.1, the engine 0.10.0 (see bench/pom.xml). This loader loads GraphHopper, hppc
 * 0.8.1 and the reference class itself first from its own jars; everything else, including the engine's types and
 * {@link GraphHopperResult} that cross the boundary, comes from the application class loader.
 */
final class GraphHopperClassLoader extends URLClassLoader {

    private static final String REFERENCE = GraphHopperReference.class.getName();

    static {
        registerAsParallelCapable();
    }

    private GraphHopperClassLoader(URL[] urls, ClassLoader parent) {
        super(urls, parent);
    }

    /** Runs {@link GraphHopperReference#run} in a fresh isolated loader. */
    static GraphHopperResult runReference(Path pbf, Buildings buildings, Facilities facilities) {
        try (GraphHopperClassLoader loader = create()) {
            Method run = Class.forName(REFERENCE, true, loader)
                    .getDeclaredMethod("run", Path.class, Buildings.class, Facilities.class);
            run.setAccessible(true);
            // Janino compiles the custom model against the context class loader: it must see this loader's classes.
            Thread thread = Thread.currentThread();
            ClassLoader context = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return (GraphHopperResult) run.invoke(null, pbf, buildings, facilities);
            } finally {
                thread.setContextClassLoader(context);
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the GraphHopper reference failed on " + pbf, e.getCause());
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot load the GraphHopper reference", e);
        }
    }

    private static GraphHopperClassLoader create() {
        ClassLoader parent = GraphHopperClassLoader.class.getClassLoader();
        Path benchJar = codeSource(GraphHopperReference.class);
        Path hppc = benchJar.resolveSibling("graphhopper-lib").resolve("hppc.jar");
        if (!Files.isRegularFile(hppc)) {
            throw new IllegalStateException("missing " + hppc + ": build the benchmark with ./doorstep bench");
        }
        try {
            URL[] urls = {
                hppc.toUri().toURL(),
                codeSource(loadFromParent(parent, "com.graphhopper.GraphHopper"))
                        .toUri()
                        .toURL(),
                codeSource(loadFromParent(parent, "com.graphhopper.util.CustomModel"))
                        .toUri()
                        .toURL(),
                benchJar.toUri().toURL()
            };
            return new GraphHopperClassLoader(urls, parent);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("cannot build the GraphHopper class path", e);
        }
    }

    // Only locates the jar; the class is never initialised in the parent.
    private static Class<?> loadFromParent(ClassLoader parent, String name) {
        try {
            return Class.forName(name, false, parent);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is not on the class path (bench/target/classpath.txt)", e);
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isolated(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                type = findClass(name);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    private static boolean isolated(String name) {
        return name.startsWith("com.graphhopper.")
                || name.startsWith("com.carrotsearch.hppc.")
                || name.equals(REFERENCE)
                || name.startsWith(REFERENCE + "$");
    }
}
