"""Training loops for graders and detectors, and the pieces they share."""
