# expect: clean
"""Rope-bridge sway: classify pedestrian load regimes from deck accelerometers.

A GRU encoder pretrained on the long-span bridge is reused, frozen and in eval
mode, for three short spans; each span gets its own calibration and head, which
are trained in lock-step (models and optimisers zipped together).
"""
from dataclasses import dataclass

import torch
import torch.nn as nn

torch.manual_seed(11)
AXES, HIDDEN, T, B, REGIMES = 3, 10, 9, 6, 3


class SwayEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(AXES, HIDDEN, batch_first=True)

    def forward(self, x):
        _, h = self.gru(x)
        return h[-1]


@dataclass
class SpanParts:
    name: str
    calib: nn.Module
    head: nn.Module

    def parameters(self):
        return list(self.calib.parameters()) + list(self.head.parameters())


def accel(n=B):
    x = torch.randn(n, T, AXES)
    y = (x[..., 2].std(1) * 2).long().clamp(max=REGIMES - 1)
    return x, y


def pretrain(encoder, steps=3):
    probe = nn.Linear(HIDDEN, REGIMES)
    opt = torch.optim.Adam(list(encoder.parameters()) + list(probe.parameters()), lr=1e-2)
    encoder.train()
    for _ in range(steps):
        x, y = accel()
        loss = nn.functional.cross_entropy(probe(encoder(x)), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return encoder


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)
    return module


def make_spans(names):
    return [SpanParts(n, nn.Sequential(nn.Linear(HIDDEN, HIDDEN), nn.Tanh()), nn.Linear(HIDDEN, REGIMES))
            for n in names]


def fit_spans(encoder, spans, optimisers, steps=4):
    for step in range(steps):
        for span, opt in zip(spans, optimisers):
            x, y = accel()
            feats = encoder(x)
            logits = span.head(span.calib(feats))
            loss = nn.functional.cross_entropy(logits, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(step, span.name, round(loss.item(), 4))


def main():
    encoder = freeze(pretrain(SwayEncoder()))
    spans = make_spans(["footbridge_a", "gorge", "canopy_walk"])
    optimisers = [torch.optim.SGD(s.parameters(), lr=0.1, momentum=0.9) for s in spans]
    fit_spans(encoder, spans, optimisers)


if __name__ == "__main__":
    main()
