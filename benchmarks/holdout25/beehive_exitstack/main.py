# expect: crash
"""Beehive acoustic monitoring: queenless detection with a pseudo-label pass under eval-mode contexts."""
import torch

from hive import ColonyModel, eval_modes, refine

torch.manual_seed(17)
model = ColonyModel()
unlabelled = torch.randn(4, 10, 6)
with eval_modes(model.frontend, model.rnn, model.head):
    logits = model(unlabelled)
    pseudo = logits.argmax(-1).detach()
print("pseudo", pseudo.tolist())
print("refine", refine(model, logits, pseudo))
