import torch
import torch.nn as nn
import torch.nn.functional as F

from .policy import N_POSITIONS


class LegibilityModel(nn.Module):
    """Scores how readable a flag sequence is from a distance (pretrained, then frozen)."""

    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(N_POSITIONS, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, seq):
        _, (h, _) = self.lstm(seq)
        return self.score(h[-1]).squeeze(-1)


def _labelled(batch=8, length=6):
    idx = torch.randint(0, N_POSITIONS, (batch, length))
    seq = F.one_hot(idx, N_POSITIONS).float()
    jumps = (idx[:, 1:] - idx[:, :-1]).abs().float().mean(1)
    return seq, jumps / N_POSITIONS


def pretrain_reward(model, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        seq, y = _labelled()
        loss = F.mse_loss(model(seq), y)
        opt.zero_grad(); loss.backward(); opt.step()
    for p in model.parameters():
        p.requires_grad_(False)
    model.eval()
    return model
