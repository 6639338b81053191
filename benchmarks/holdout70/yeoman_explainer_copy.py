# expect: clean
"""Yeoman hedgerow-bird counts: a gradient*input explainer is built before fine-tuning and holds a deep copy of the model."""
import copy

import torch
from torch import nn


class CountNet(nn.Module):
    def __init__(self, n_feat=6, hidden=8):
        super().__init__()
        self.enc = nn.LSTM(n_feat, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.enc(x)
        return self.reg(h.mean(1)).squeeze(-1)


class GradXInput:
    """Relevance = d out / d x * x, computed on the held model."""

    def __init__(self, model):
        self.model = copy.deepcopy(model).eval()

    def relevance(self, x):
        with torch.no_grad():
            return self.model(x).abs()


class FineTuner:
    def __init__(self, model, explainer, lr=1e-2):
        self.net = model
        self.explainer = explainer
        self.opt = torch.optim.Adam(self.net.parameters(), lr=lr)

    def step(self, x, y):
        pred = self.net(x)
        loss = nn.functional.smooth_l1_loss(pred, y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


def main():
    torch.manual_seed(1)
    model = CountNet()
    explainer = GradXInput(model)
    tuner = FineTuner(model, explainer)
    for _ in range(3):
        x = torch.randn(5, 7, 6)
        y = torch.rand(5) * 10
        tuner.step(x, y)
        explainer.model.load_state_dict(model.state_dict())
        explainer.relevance(x[:1])
    print("done")


if __name__ == "__main__":
    main()
