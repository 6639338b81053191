# expect: clean
"""Zennit-style LRP restricted to the classifier head: the recurrent encoder's features are
computed under torch.no_grad(), then relevance is propagated from the logits back to those
features only (a later layer), inside a Composite context. The model is in eval mode, but
no backward reaches the GRU.
"""
import contextlib

import torch
from torch import nn


class ZPlus:
    def register(self, module):
        def hook(mod, grad_input, grad_output):
            return tuple(g.clamp_min(0) if g is not None else None for g in grad_input)
        return module.register_full_backward_hook(hook)


class LayerMapComposite:
    def __init__(self, layer_map):
        self.layer_map = layer_map

    @contextlib.contextmanager
    def context(self, module):
        handles = []
        for m in module.modules():
            for types, rule in self.layer_map:
                if isinstance(m, types):
                    handles.append(rule.register(m))
        try:
            yield module
        finally:
            for h in handles:
                h.remove()


class ActivityNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.GRU(3, 10, batch_first=True, num_layers=2)
        self.classifier = nn.Sequential(nn.Linear(10, 10), nn.ReLU(), nn.Linear(10, 4))

    @property
    def head(self):
        return self.classifier

    def encode(self, x):
        return self.backbone(x)[0][:, -1]

    def forward(self, x):
        return self.head(self.encode(x))


def explain_head(model, x, composite):
    with torch.no_grad():
        feats = model.encode(x)
    feats.requires_grad_(True)
    with composite.context(model.head) as head:
        logits = head(feats)
        rel, = torch.autograd.grad(logits.max(1).values.sum(), feats)
    return rel


if __name__ == "__main__":
    torch.manual_seed(35)
    model = ActivityNet()
    model.eval()
    composite = LayerMapComposite([(nn.Linear, ZPlus())])
    rel = explain_head(model, torch.randn(3, 7, 3), composite)
    print("feature relevance", rel.sum(0))
