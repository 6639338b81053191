from racecl.learners.distill import FeatureDistillLearner

__all__ = ["FeatureDistillLearner"]
