from .model import MantleNet
from .store import export, restore
from .loops import tune, evaluate
