from .survey import survey_hull

__all__ = ["survey_hull"]
