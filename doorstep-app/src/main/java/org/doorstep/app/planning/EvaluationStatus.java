package org.doorstep.app.planning;

/** Where an evaluation run stands. */
public enum EvaluationStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
