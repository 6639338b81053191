import math

import torch

from modes import evaluating


class FlickerProbe:
    """Scores held-out wicks; refuses batches with broken readings."""

    def __init__(self, model, batches):
        self.model = model
        self.batches = batches

    def run(self):
        scores = []
        with evaluating(self.model), torch.no_grad():
            for x in self.batches:
                s = self.model(x).mean().item()
                if not math.isfinite(s):
                    raise ValueError("non-finite flicker score")
                scores.append(s)
        return sum(scores) / len(scores)
