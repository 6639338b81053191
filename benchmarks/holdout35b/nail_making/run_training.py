# expect: clean
"""Nail-making forge: predicts rod breakage from hammer-strike sequences.
Callbacks live in a list and are called by name through getattr."""
import torch

from nailworks.trainer import ForgeTrainer
from nailworks.callbacks import EvalCallback, PrintCallback

torch.manual_seed(15)

strikes = [(torch.randn(6, 9, 4), torch.randint(0, 2, (6,))) for _ in range(4)]
held = [(torch.randn(6, 9, 4), torch.randint(0, 2, (6,))) for _ in range(2)]

trainer = ForgeTrainer(callbacks=[EvalCallback(held), PrintCallback()])
trainer.fit(strikes, epochs=3)
print("done:", trainer.logs[-1])
