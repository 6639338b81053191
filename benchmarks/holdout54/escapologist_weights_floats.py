# expect: clean
"""Escapologist lock-pick timing model with difficulty-weighted training.

A pretrained difficulty scorer (loaded through a classmethod that hands back
an inference-ready model) weights each escape attempt in the loss.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class DifficultyScorer(nn.Module):
    def __init__(self, n_feat=6, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return torch.sigmoid(self.score(h[-1])).squeeze(-1)

    @classmethod
    def pretrained(cls, seed=0):
        torch.manual_seed(seed)
        model = cls()
        return model.eval()


class EscapeTimer(nn.Module):
    def __init__(self, n_feat=6, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.t = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.t(h[-1]).squeeze(-1)


def difficulty_weights(scorer, x):
    w = scorer(x).tolist()
    mean = sum(w) / len(w)
    return torch.tensor([0.5 + v / mean for v in w])


def main():
    scorer = DifficultyScorer.pretrained(seed=12)
    torch.manual_seed(13)
    timer = EscapeTimer()
    opt = torch.optim.Adam(timer.parameters(), lr=5e-3)
    attempts = [(torch.randn(4, 10, 6), torch.rand(4) * 60) for _ in range(3)]
    timer.train()
    for epoch in range(2):
        for x, secs in attempts:
            weights = difficulty_weights(scorer, x)
            per_item = F.mse_loss(timer(x), secs, reduction="none")
            loss = (weights * per_item).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch} weighted loss {loss.item():.2f}")


if __name__ == "__main__":
    main()
