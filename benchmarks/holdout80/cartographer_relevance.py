# expect: crash
"""Coastline-erosion tagger for a cartographer's survey: after training, a relevance explainer
(gradient x input) reports which survey readings drove each prediction."""
import argparse
import logging

import torch
import torch.nn as nn

log = logging.getLogger("carto")


class ErosionTagger(nn.Module):
    def __init__(self, feats, hidden, classes=3):
        super().__init__()
        self.inp = nn.Linear(feats, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, classes)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.inp(x)))
        return self.out(h[:, -1])


class Probe:
    def __init__(self, model):
        self.model = model


class RelevanceExplainer:
    """Gradient x input relevance; the wrapped model is put in inference mode once, on construction."""

    def __init__(self, model):
        self.probe = Probe(model.eval())

    def _relevance(self, x, target):
        x = x.clone().requires_grad_(True)
        logits = self.probe.model(x)
        picked = logits.gather(1, target[:, None]).sum()
        picked.backward()  # TM001-here
        return (x.grad * x).detach()

    def explain(self, x, target):
        return self._relevance(x, target)


def train(model, steps, feats):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(steps):
        x, y = torch.randn(4, 6, feats), torch.randint(0, 3, (4,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--feats", type=int, default=4)
    ap.add_argument("--hidden", type=int, default=8)
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    torch.manual_seed(6)
    model = ErosionTagger(args.feats, args.hidden)
    train(model, args.steps, args.feats)
    explainer = RelevanceExplainer(model)
    x = torch.randn(2, 6, args.feats)
    rel = explainer.explain(x, model(x).argmax(-1))
    log.info("relevance per reading: %s", rel.abs().sum(-1).mean(0).tolist())


if __name__ == "__main__":
    main([])
