from .loop import StepTrainer
from .nets import FlightTagger
from .objectives import flat_minimum_loss, plain_loss

__all__ = ["FlightTagger", "StepTrainer", "flat_minimum_loss", "plain_loss"]
