# expect: clean
"""Dovecote census: uncertainty-based active learning, then retraining on the labelled pool."""
import torch

from census import NestingModel, retrain
from census.utils import EvalMode, entropy_scores

torch.manual_seed(20)

model = NestingModel()
pool_x = torch.randn(12, 8, 3)
pool_y = torch.randint(0, 3, (12,))
labelled = list(range(4))

for rnd in range(2):
    with EvalMode(model):
        scores = entropy_scores(model, pool_x)
    # the model is back in the mode it had before the with block
    candidates = [i for i in scores.argsort(descending=True).tolist() if i not in labelled]
    labelled += candidates[:2]
    loss = retrain(model, pool_x[labelled], pool_y[labelled])
    print("round", rnd, "labelled", len(labelled), "loss", round(loss, 4))
