package org.doorstep.engine.siting;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.DoubleLinearExpr;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The exact maximal covering model, solved by OR-Tools CP-SAT: a Boolean per eligible candidate, a Boolean per demand
 * group (see {@link CoverGroups}) that may be 1 only if a chosen candidate covers it, maximise the covered weight
 * subject to the site count and the budget. Costs enter the budget constraint in hundredths of the cost unit (rounded;
 * the budget rounded down), since CP-SAT constraints are integral. One worker and a fixed seed with a deterministic time
 * limit make the answer reproducible. The heuristic's sites are given as a hint, so a timed-out solve is never worse.
 * Thread-safe (each call builds its own model).
 */
public final class ExactCoverage {

    private static final double COST_SCALE = 100;

    private ExactCoverage() {}

    /**
     * Solves the instance exactly, or as far as the time limit allows.
     *
     * @param hint a feasible selection to start from (may be empty)
     * @return empty when the reduced model exceeds {@code limits}' size limits
     */
    public static Optional<ExactSolution> solve(
            CoverageInstance instance, SitingQuery query, ExactLimits limits, int[] hint) {
        CoverGroups groups = CoverGroups.of(instance, query);
        if (groups.candidates.length > limits.maxCandidates() || groups.groupCount() > limits.maxGroups()) {
            return Optional.empty();
        }
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        BoolVar[] open = newBools(model, "x", groups.candidates.length);
        BoolVar[] served = newBools(model, "y", groups.groupCount());
        addCoverConstraints(model, groups, open, served);
        addLimits(model, instance, query, groups, open);
        model.maximize(objective(groups, open, served));
        addHint(model, groups, open, hint);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(1).setMaxDeterministicTime(limits.deterministicTime_s());
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT rejected the covering model: " + solver.getSolutionInfo());
        }
        return Optional.of(solution(instance, groups, open, hint, solver, status));
    }

    private static BoolVar[] newBools(CpModel model, String prefix, int count) {
        BoolVar[] vars = new BoolVar[count];
        for (int i = 0; i < count; i++) {
            vars[i] = model.newBoolVar(prefix + i);
        }
        return vars;
    }

    /** served[g] implies that one of the group's candidates is open. */
    private static void addCoverConstraints(CpModel model, CoverGroups groups, BoolVar[] open, BoolVar[] served) {
        for (int g = 0; g < served.length; g++) {
            int from = groups.firstMember[g];
            int to = groups.firstMember[g + 1];
            Literal[] clause = new Literal[to - from + 1];
            for (int k = from; k < to; k++) {
                clause[k - from] = open[groups.members[k]];
            }
            clause[to - from] = served[g].not();
            model.addBoolOr(clause);
        }
    }

    private static void addLimits(
            CpModel model, CoverageInstance instance, SitingQuery query, CoverGroups groups, BoolVar[] open) {
        if (query.maxSites() < open.length) {
            model.addLessOrEqual(LinearExpr.sum(open), query.maxSites());
        }
        if (query.budgeted()) {
            long[] cost = new long[open.length];
            for (int v = 0; v < open.length; v++) {
                cost[v] = Math.round(instance.cost(groups.candidates[v]) * COST_SCALE);
            }
            model.addLessOrEqual(LinearExpr.weightedSum(open, cost), (long) Math.floor(query.budget() * COST_SCALE));
        }
    }

    private static DoubleLinearExpr objective(CoverGroups groups, BoolVar[] open, BoolVar[] served) {
        Literal[] vars = new Literal[open.length + served.length];
        double[] weights = new double[vars.length];
        System.arraycopy(open, 0, vars, 0, open.length);
        System.arraycopy(served, 0, vars, open.length, served.length);
        System.arraycopy(groups.ownWeight, 0, weights, 0, open.length);
        System.arraycopy(groups.groupWeight, 0, weights, open.length, served.length);
        return DoubleLinearExpr.weightedSum(vars, weights);
    }

    private static void addHint(CpModel model, CoverGroups groups, BoolVar[] open, int[] hint) {
        int[] sorted = hint.clone();
        Arrays.sort(sorted);
        for (int v = 0; v < open.length; v++) {
            model.addHint(open[v], Arrays.binarySearch(sorted, groups.candidates[v]) >= 0);
        }
    }

    private static ExactSolution solution(
            CoverageInstance instance,
            CoverGroups groups,
            BoolVar[] open,
            int[] hint,
            CpSolver solver,
            CpSolverStatus status) {
        boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        int[] sites = solved ? openSites(groups, open, solver) : hint.clone();
        Arrays.sort(sites);
        double covered = CoverageState.of(instance, sites).coveredWeight();
        boolean optimal = status == CpSolverStatus.OPTIMAL;
        double bound = optimal ? covered : Math.max(covered, solverBound(instance, solver, solved));
        return new ExactSolution(sites, covered, bound, optimal);
    }

    private static int[] openSites(CoverGroups groups, BoolVar[] open, CpSolver solver) {
        int[] sites = new int[open.length];
        int n = 0;
        for (int v = 0; v < open.length; v++) {
            if (solver.booleanValue(open[v])) {
                sites[n++] = groups.candidates[v];
            }
        }
        return Arrays.copyOf(sites, n);
    }

    /** The solver's bound, or the total weight when it has none. */
    private static double solverBound(CoverageInstance instance, CpSolver solver, boolean solved) {
        double bound = solved ? solver.bestObjectiveBound() : Double.NaN;
        return Double.isFinite(bound) ? Math.min(bound, instance.totalWeight()) : instance.totalWeight();
    }
}
