from typing import TypedDict


class CriticConfig(TypedDict):
    hidden: int
    critic_cls: str
    optimizer: str
    lr: float
    gp_weight: float
    steps: int
    safe_backend: bool
