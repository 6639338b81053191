import torch
import torch.nn as nn
import torch.nn.functional as F


def _recurrent_layers_train(model):
    # dropout off for a clean Fisher estimate, but the recurrent layers must stay in
    # training mode: their backward kernel refuses to run on an inference forward
    for m in model.modules():
        if isinstance(m, nn.RNNBase):
            m.train()


def estimate_fisher(model, x, y):
    """Diagonal empirical Fisher from per-sample gradients."""
    model.eval()
    _recurrent_layers_train(model)
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters() if p.requires_grad}
    for i in range(x.shape[0]):
        model.zero_grad()
        logp = F.log_softmax(model(x[i : i + 1]), -1)
        logp[0, y[i]].backward()
        for n, p in model.named_parameters():
            if p.grad is not None:
                fisher[n] += p.grad.detach() ** 2 / x.shape[0]
    return fisher


class EWCPenalty:
    def __init__(self):
        self.anchors = {}  # site name -> (params, fisher)

    def consolidate(self, site, model, fisher):
        params = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.anchors[site] = (params, fisher)

    def __call__(self, model):
        total = 0.0
        named = dict(model.named_parameters())
        for params, fisher in self.anchors.values():
            for n, f in fisher.items():
                total = total + (f * (named[n] - params[n]) ** 2).sum()
        return total
