from dataclasses import dataclass, field

from .fleet import build


@dataclass
class Nets:
    by_name: dict = field(default_factory=dict)
    frozen: tuple = ()

    def trainable(self):
        return {k: v for k, v in self.by_name.items() if k not in self.frozen}


@dataclass
class RunState:
    nets: Nets
    lr: float = 1e-3

    @classmethod
    def from_config(cls, cfg):
        built = {name: build(spec, cfg["n_features"]) for name, spec in cfg["nets"].items()}
        return cls(nets=Nets(built, tuple(cfg.get("frozen", ()))), lr=cfg["lr"])
