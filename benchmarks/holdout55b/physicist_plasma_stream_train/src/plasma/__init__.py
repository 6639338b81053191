from .model import ShotModel
from .train import fit
