from .learner import MetaLearner
