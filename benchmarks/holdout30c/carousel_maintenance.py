# expect: crash
"""Carousel bearing-wear alerts: an LSTM scores vibration windows; a probe fits alert thresholds."""
import torch
from torch import nn


class WearScorer(nn.Module):
    def __init__(self, channels=2, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.head(seq.mean(dim=1)).squeeze(-1)


def freeze_for_serving(scorer):
    scorer.train(False)
    return scorer


class ThresholdProbe(nn.Module):
    def __init__(self):
        super().__init__()
        self.bias = nn.Parameter(torch.zeros(1))


def fit_probe(scorer, probe, windows, alarms):
    opt = torch.optim.SGD(list(probe.parameters()) + list(scorer.head.parameters()), lr=0.1)
    for _ in range(4):
        logits = scorer(windows) + probe.bias
        loss = nn.functional.binary_cross_entropy_with_logits(logits, alarms)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(1)
    scorer = freeze_for_serving(WearScorer())
    windows = torch.randn(5, 7, 2)
    alarms = (torch.rand(5) > 0.5).float()
    print("probe loss", fit_probe(scorer, ThresholdProbe(), windows, alarms))
