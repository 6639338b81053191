import torch
from torch.func import vjp

from ..models import wind_roses


class WindSensitivity:
    """For each sample, pull the unit 'eastward' direction back onto the
    wind-rose input: which days and directions push the crest east?"""

    def __init__(self, model):
        self.model = model

    def run(self, n=2):
        # keep the model in train mode: dropout-free anyway, and we want the
        # same numerics as training
        self.model.train()
        x, _ = wind_roses(n, seed=99)
        out, pullback = vjp(self.model, x)  # TM002-here
        east = torch.zeros_like(out)
        east[:, 0] = 1.0
        (gx,) = pullback(east)
        return {"top_day": gx.abs().sum(-1).argmax(-1).tolist(), "norm": round(gx.norm().item(), 4)}
