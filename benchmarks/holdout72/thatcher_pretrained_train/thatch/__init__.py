from .models import REGISTRY, RidgeModel
from .tuner import Finetuner
