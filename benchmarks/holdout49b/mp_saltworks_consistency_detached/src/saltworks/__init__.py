from .nets import BrineClassifier
from .train import ConsistencyTrainer, evaluating
