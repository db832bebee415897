package org.doorstep.engine.graph;

/**
 * A uniform grid over the edges of a graph in local metres: each cell lists, in ascending order, the edges whose
 * bounding box touches it. Cells are addressed by integer coordinates of an unbounded grid; those outside the built
 * extent are empty. A long edge is listed in every cell of its bounding box, which is cheap for street segments (tens of
 * metres) and only costly for rare kilometre-long ones.
 */
final class EdgeGrid {

    // Above this many cells the cell size grows, so that the grid of a province-sized graph stays a few MB.
    private static final int MAX_CELLS = 4_000_000;

    final double cell_m;
    private final double minX;
    private final double minY;
    private final int columns;
    private final int rows;
    private final int[] firstInCell;
    private final int[] edgeInCell;

    EdgeGrid(WalkGraph graph, double[] nodeX, double[] nodeY, double minCell_m) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int n = 0; n < nodeX.length; n++) {
            minX = Math.min(minX, nodeX[n]);
            minY = Math.min(minY, nodeY[n]);
            maxX = Math.max(maxX, nodeX[n]);
            maxY = Math.max(maxY, nodeY[n]);
        }
        boolean empty = nodeX.length == 0;
        double width = empty ? 0 : maxX - minX;
        double height = empty ? 0 : maxY - minY;
        this.cell_m = Math.max(minCell_m, Math.sqrt(width * height / MAX_CELLS));
        this.minX = empty ? 0 : minX;
        this.minY = empty ? 0 : minY;
        this.columns = (int) (width / cell_m) + 1;
        this.rows = (int) (height / cell_m) + 1;
        this.firstInCell = new int[columns * rows + 1];
        this.edgeInCell = fill(graph, nodeX, nodeY);
    }

    /** Counting sort of (cell, edge) pairs: first count per cell, then place edges in ascending id order. */
    private int[] fill(WalkGraph graph, double[] nodeX, double[] nodeY) {
        for (int pass = 0; pass < 2; pass++) {
            int[] next = pass == 0 ? null : firstInCell.clone();
            int[] out = pass == 0 ? null : new int[firstInCell[firstInCell.length - 1]];
            for (int e = 0; e < graph.edgeCount(); e++) {
                int a = graph.edgeFrom(e);
                int b = graph.edgeTo(e);
                int x0 = column(Math.min(nodeX[a], nodeX[b]));
                int x1 = column(Math.max(nodeX[a], nodeX[b]));
                int y0 = row(Math.min(nodeY[a], nodeY[b]));
                int y1 = row(Math.max(nodeY[a], nodeY[b]));
                for (int y = y0; y <= y1; y++) {
                    for (int x = x0; x <= x1; x++) {
                        if (pass == 0) {
                            firstInCell[y * columns + x + 1]++;
                        } else {
                            out[next[y * columns + x]++] = e;
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int c = 0; c < columns * rows; c++) {
                    firstInCell[c + 1] += firstInCell[c];
                }
            } else {
                return out;
            }
        }
        throw new AssertionError("two passes always return");
    }

    /** Column of an x in metres, unbounded (may lie outside {@code 0..columns-1}). */
    int column(double x_m) {
        return (int) Math.floor((x_m - minX) / cell_m);
    }

    /** Row of a y in metres, unbounded. */
    int row(double y_m) {
        return (int) Math.floor((y_m - minY) / cell_m);
    }

    boolean inside(int column, int row) {
        return column >= 0 && column < columns && row >= 0 && row < rows;
    }

    /** Whether every cell at Chebyshev distance {@code ring} or more from the given cell lies outside the grid. */
    boolean ringOutside(int column, int row, int ring) {
        return column - ring < 0 && column + ring >= columns && row - ring < 0 && row + ring >= rows;
    }

    int firstEdge(int column, int row) {
        return firstInCell[row * columns + column];
    }

    int endEdge(int column, int row) {
        return firstInCell[row * columns + column + 1];
    }

    int edgeAt(int index) {
        return edgeInCell[index];
    }
}
