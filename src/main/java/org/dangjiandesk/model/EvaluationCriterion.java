package org.dangjiandesk.model;

/** A criterion of an evaluation round (创新性, 实效性 …) with its weight; judges give it 0–100 points. */
public record EvaluationCriterion(Long id, String name, double weight) {
}
