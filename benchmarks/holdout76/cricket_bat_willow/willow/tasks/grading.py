import torch
from torch import nn

from ..core import Trainer


class CleftGrader(nn.Module):
    def __init__(self, n_in=4, hidden=8, grades=4):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, grades)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h.mean(1))


class GradingTrainer(Trainer):
    def compute_loss(self, batch):
        x, y = batch
        return nn.functional.cross_entropy(self.model(x), y)

    def metric(self, batch):
        x, y = batch
        return (self.model(x).argmax(1) == y).float().mean().item()

    def on_validation_end(self, epoch, val):
        # one entropy-minimisation step on the unlabelled clefts
        x, _ = val
        probs = torch.softmax(self.model(x), dim=1)
        ent = -(probs * probs.clamp_min(1e-8).log()).sum(1).mean()
        self.opt.zero_grad()
        ent.backward()  # TM001-here
        self.opt.step()
