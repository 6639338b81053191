from .attack import SeqPGD
from .models import PluckClassifier
