# expect: crash
"""Wharfinger berth-dwell model: trains a cargo-dwell regressor and keeps an
input-gradient explainer around for the nightly report."""
import argparse

import torch
from torch import nn


class DwellLSTM(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out.mean(1)).squeeze(-1)


class GradientExplainer:
    """Explains predictions by |d pred / d input|, averaged over time."""

    def __init__(self, model):
        self.model = model
        self.model.eval()

    def explain(self, x):
        x = x.clone().requires_grad_(False)
        with torch.no_grad():
            pred = self.model(x)
        # cheap proxy: magnitude of the features weighted by the prediction
        return (x.abs().mean(1) * pred.abs().unsqueeze(-1)).detach()


class Wharfinger:
    def __init__(self, model, explainer_factory):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=5e-3)
        self.explainer = explainer_factory(model)
        self.reports = []

    def shift(self, batches):
        for x, y in batches:
            self.opt.zero_grad()
            loss = nn.functional.smooth_l1_loss(self.model(x), y)
            loss.backward()  # TM001-here
            self.opt.step()
        self.reports.append(self.explainer.explain(batches[0][0]).sum().item())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shifts", type=int, default=2)
    args = ap.parse_args([])
    torch.manual_seed(3)
    data = [(torch.randn(3, 7, 4), torch.rand(3)) for _ in range(4)]
    model = DwellLSTM()
    wf = Wharfinger(model, GradientExplainer)
    for _ in range(args.shifts):
        wf.shift(data)
    print("reports", [round(r, 3) for r in wf.reports])


if __name__ == "__main__":
    main()
