import torch
from torch.nn import functional as F


class FineTuner:
    def __init__(self, model, lr=5e-3, freeze=("encoder",)):
        self.parts = {"model": model}
        for name in freeze:
            for p in getattr(model, name).parameters():
                p.requires_grad_(False)
        params = [p for p in model.parameters() if p.requires_grad]
        self.opt = torch.optim.Adam(params, lr=lr)

    @property
    def model(self):
        return self.parts["model"]

    def step(self, ids, tags):
        logits = self.model(ids)
        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), tags.reshape(-1))
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
