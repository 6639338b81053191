from .grading import CleftGrader, GradingTrainer
