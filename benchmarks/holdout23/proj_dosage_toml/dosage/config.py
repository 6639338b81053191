import tomllib
from dataclasses import dataclass, field


@dataclass
class ModelCfg:
    obs_dim: int
    hidden: int
    n_doses: int


@dataclass
class PhaseCfg:
    name: str
    steps: int
    lr: float


@dataclass
class Config:
    model: ModelCfg
    phases: list = field(default_factory=list)


def load_config(path):
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    return Config(model=ModelCfg(**raw["model"]), phases=[PhaseCfg(**p) for p in raw["phases"]])
