from .model import FenceSeqNet
from .utils import freeze_stateful_layers
