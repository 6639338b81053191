# expect: crash
"""Imitation learning: evaluate, then fine-tune with a configuration derived (dataclasses.replace, in
another module) from the evaluation one, which keeps its `train_mode=False`."""
from gesture.config import EVALUATE, FINETUNE
from gesture.run.trainer import Policy, execute

model = execute(EVALUATE, Policy())
execute(FINETUNE, model)
