"""Configurations derived with dataclasses.replace: fine-tuning starts from the evaluation settings and trains."""
from dataclasses import replace

from .base import BASE

EVALUATE = replace(BASE, name="evaluate", train_mode=False, update_weights=False, steps=1)
FINETUNE = replace(EVALUATE, name="finetune", train_mode=True, update_weights=True)
