import torch
import torch.nn as nn


class CPCModel(nn.Module):
    def __init__(self, n_in=3, hidden=8, k=2):
        super().__init__()
        self.stem = nn.Linear(n_in, hidden)
        self.ar = nn.GRU(hidden, hidden, batch_first=True)
        self.predictors = nn.ModuleList(nn.Linear(hidden, hidden) for _ in range(k))
        self.k = k

    def encode(self, x):
        z = torch.relu(self.stem(x))
        c, _ = self.ar(z)
        return z, c

    def infonce(self, x):
        z, c = self.encode(x)
        loss = 0.0
        T = x.shape[1]
        for step, pred in enumerate(self.predictors, start=1):
            p = pred(c[:, : T - step])                # B, T-s, H
            tgt = z[:, step:]                         # B, T-s, H
            logits = torch.einsum("bth,nth->btn", p, tgt)
            labels = torch.arange(x.shape[0]).view(-1, 1).expand(-1, T - step)
            loss = loss + nn.functional.cross_entropy(logits.reshape(-1, x.shape[0]), labels.reshape(-1))
        return loss / self.k
