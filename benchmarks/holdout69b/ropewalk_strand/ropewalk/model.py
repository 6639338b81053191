import torch.nn as nn


class StrandTension(nn.Module):
    """Predicts whether a laid rope strand will snap under test load from tension readings."""

    def __init__(self, d_in=3, hidden=6):
        super().__init__()
        self.gru = nn.GRU(d_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)
        self.log_t = nn.Parameter(torch_zero())

    def logits(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])

    def forward(self, x):
        return self.logits(x) / self.log_t.exp()


def torch_zero():
    import torch
    return torch.zeros(())
