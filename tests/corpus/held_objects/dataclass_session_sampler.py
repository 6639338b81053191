# expect: crash
"""A vocoder-style training session kept in a dataclass (model, optimizer, step); every few steps the
loop samples through the model's generate(), which switches to eval and switches back only on its normal
path -- a too-short conditioning input returns early and leaves the GRU in eval for the next step."""
from dataclasses import dataclass

import torch
import torch.nn as nn


class Vocoder(nn.Module):
    min_frames = 3

    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.out = nn.Linear(8, 4)

    def forward(self, x):
        return self.out(self.rnn(x)[0])

    def generate(self, cond):
        self.eval()
        if cond.size(1) < self.min_frames:
            return None
        with torch.no_grad():
            sample = self(cond)
        self.train()
        return sample


@dataclass
class Session:
    model: Vocoder
    optimizer: torch.optim.Optimizer
    step: int = 0


def train_loop(session, batches, sample_every=2):
    for x, y in batches:
        loss = nn.functional.mse_loss(session.model(x), y)
        session.optimizer.zero_grad()
        loss.backward()  # TM001-here
        session.optimizer.step()
        session.step += 1
        if session.step % sample_every == 0:
            session.model.generate(torch.randn(1, 2, 4))


torch.manual_seed(0)
model = Vocoder()
session = Session(model, torch.optim.Adam(model.parameters(), lr=1e-3))
train_loop(session, [(torch.randn(2, 5, 4), torch.randn(2, 5, 4))] * 4)
print("done")
