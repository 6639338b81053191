from .data import make_survey, minibatches
from .evaluation import evaluate, rampart_accuracy
