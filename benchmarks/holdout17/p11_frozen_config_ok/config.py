import dataclasses
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TrainerConfig:
    epochs: int = 1
    lr: float = 1e-3


@dataclass(frozen=True)
class BackendConfig:
    cudnn: bool = True
    deterministic: bool = False


@dataclass(frozen=True)
class ExperimentConfig:
    hidden: int = 8
    trainer: TrainerConfig = field(default_factory=TrainerConfig)
    backend: BackendConfig = field(default_factory=BackendConfig)


def merge(cfg, overrides):
    changes = {}
    for k, v in overrides.items():
        cur = getattr(cfg, k)
        changes[k] = merge(cur, v) if dataclasses.is_dataclass(cur) else v
    return _rebuild(cfg, changes)


def _rebuild(cfg, changes):
    kwargs = {f.name: changes.get(f.name, getattr(cfg, f.name)) for f in dataclasses.fields(cfg)}
    return type(cfg)(**kwargs)
