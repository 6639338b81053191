from ropewalk.meta.net import TwistNet
from ropewalk.meta.learner import MetaLearner
