from .energy import LevelEnergy
from .workshop import Workshop
