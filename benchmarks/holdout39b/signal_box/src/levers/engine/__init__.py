from .loop import Trainer
from .mixins import ValidationMixin
