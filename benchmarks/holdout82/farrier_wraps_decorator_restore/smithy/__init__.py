from .decorators import inference
from .model import GaitNet
from .train import Farrier
