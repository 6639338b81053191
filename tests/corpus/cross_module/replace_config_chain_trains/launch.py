# expect: clean
"""Imitation learning: evaluate, then fine-tune with a configuration derived (dataclasses.replace, in
another module) from the evaluation one that sets `train_mode=True` again."""
from gesture.config import EVALUATE, FINETUNE
from gesture.run.trainer import Policy, execute

model = execute(EVALUATE, Policy())
execute(FINETUNE, model)
