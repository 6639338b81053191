from .evaluator import Evaluator
from .predictor import Predictor
