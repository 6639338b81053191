from typing import TypedDict


class MazeConfig(TypedDict):
    hidden: int
    n_turns: int
    corridor: int
    batch: int
    cycles: int
    lr: float


def default_config(**overrides) -> MazeConfig:
    cfg: MazeConfig = {"hidden": 8, "n_turns": 3, "corridor": 6, "batch": 4, "cycles": 2, "lr": 1e-2}
    cfg.update(overrides)  # type: ignore[typeddict-item]
    return cfg
