"""Metrics reported in model cards: grading (competition log loss etc.) and localisation."""
