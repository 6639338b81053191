import torch
import torch.nn as nn


class TrialScorer(nn.Module):
    """Embeds whistle commands (come-bye, away, walk-up, lie-down, ...) and scores the run."""

    def __init__(self, n_cmds, hidden):
        super().__init__()
        self.emb = nn.Embedding(n_cmds, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, cmds):
        h, _ = self.gru(self.emb(cmds))
        return self.score(h.mean(1)).squeeze(-1)


def make_runs(n, seed, batch=4, length=9, n_cmds=8):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randint(0, n_cmds, (batch, length), generator=g),
             torch.rand(batch, generator=g) * 10) for _ in range(n)]
