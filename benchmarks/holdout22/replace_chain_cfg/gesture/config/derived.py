from dataclasses import replace

from .base import BASE

EVAL = replace(BASE, name="eval", train_mode=False, update_weights=False, steps=1)
# fine-tune reuses the evaluation settings (same data split, same horizon) with a small lr
FINETUNE = replace(EVAL, name="finetune", update_weights=True, lr=1e-4)
