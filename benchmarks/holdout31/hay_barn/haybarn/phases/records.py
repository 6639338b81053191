from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class TrainPhase:
    steps: int
    lr: Optional[float] = None


@dataclass(frozen=True)
class EvaluatePhase:
    seed: int = 999


@dataclass(frozen=True)
class LRFindPhase:
    steps: int = 5
    lo: float = 1e-4
    hi: float = 1e-1
