from .features import FeatureService
from .trainer import TaggerTrainer
