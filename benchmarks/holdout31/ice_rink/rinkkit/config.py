from typing import TypedDict


class RinkConfig(TypedDict):
    hidden: int
    lr: float
    pretrain_steps: int
    finetune_steps: int
    seed: int
