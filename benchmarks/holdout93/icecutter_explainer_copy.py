# expect: clean
"""Ice-block crack detection from acoustic taps; an explainer is built up front for the logging step."""
import copy
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("icecutter")


class TapNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(1, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class TapExplainer:
    """Occlusion explainer: zeroes windows of the tap signal and measures the drop."""

    def __init__(self, model, window=2):
        self.model = self._prepare(model)
        self.window = window

    @staticmethod
    def _prepare(model):
        return copy.deepcopy(model).eval()

    @torch.no_grad()
    def explain(self, x, target):
        base = F.softmax(self.model(x), -1)[:, target]
        scores = []
        for s in range(0, x.shape[1], self.window):
            xo = x.clone()
            xo[:, s:s + self.window] = 0
            scores.append((base - F.softmax(self.model(xo), -1)[:, target]).mean().item())
        return scores


def train(model, data, epochs, explainer):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for ep in range(epochs):
        for x, y in data:
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        log.info("epoch %d occlusion %s", ep, explainer.explain(data[0][0], 1))


def main():
    torch.manual_seed(3)
    data = [(torch.randn(4, 8, 1), torch.randint(0, 2, (4,))) for _ in range(3)]
    model = TapNet()
    explainer = TapExplainer(model)
    train(model, data, 2, explainer)
    print("done")


if __name__ == "__main__":
    main()
