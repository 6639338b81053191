"""Doctor-AI model and a small trainer object, used from the notebook beside this file."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class VisitGRU(nn.Module):
    """Doctor-AI-like next-visit code prediction."""

    def __init__(self, n_codes=12, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_codes, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_codes)

    def forward(self, visits):
        h, _ = self.gru(torch.tanh(self.embed(visits)))
        return self.out(h)


class VisitTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def _loss(self, visits):
        logits = self.model(visits[:, :-1])
        return F.binary_cross_entropy_with_logits(logits, visits[:, 1:])

    def train_epoch(self, batches):
        for visits in batches:
            loss = self._loss(visits)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            self.history.append(loss.item())
        return self.history[-1]

    def evaluate(self, batches):
        self.model.eval()
        with torch.no_grad():
            return sum(self._loss(v).item() for v in batches) / len(batches)

    def recall_at_k(self, batches, k=3):
        hits = total = 0
        with torch.no_grad():
            for v in batches:
                top = self.model(v[:, :-1]).topk(k, -1).indices
                hits += v[:, 1:].gather(-1, top).sum().item()
                total += v[:, 1:].sum().item()
        return hits / max(total, 1)
