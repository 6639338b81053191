from tannery.config import TanneryConfig
from tannery.tasks.hide_grade import HideGradeTrainer

__all__ = ["TanneryConfig", "HideGradeTrainer"]
