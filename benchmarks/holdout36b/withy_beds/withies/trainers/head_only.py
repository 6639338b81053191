import torch
import torch.nn as nn
import torch.nn.functional as F

from withies.core import FrozenEncoderModel


class StemGrader(FrozenEncoderModel):
    def __init__(self, n_in, hidden, n_grades):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_grades))
        self.freeze_encoder()

    def forward(self, x):
        feats, _ = self.encoder(x)
        return self.head(feats[:, -1])


class HeadOnlyTrainer:
    def __init__(self, n_in, hidden, n_grades):
        self.model = StemGrader(n_in, hidden, n_grades)
        self.opt = torch.optim.Adam([p for p in self.model.parameters() if p.requires_grad], lr=1e-2)

    def train_epoch(self, batches):
        self.model.train()
        total = 0.0
        for x, y in batches:
            self.opt.zero_grad()
            loss = F.cross_entropy(self.model(x), y)
            loss.backward()
            self.opt.step()
            total += loss.item()
        return total / len(batches)

    def evaluate(self, batches):
        self.model.eval()
        hits = n = 0
        for x, y in batches:
            hits += (self.model(x).argmax(-1) == y).sum().item()
            n += len(y)
        return hits / n
