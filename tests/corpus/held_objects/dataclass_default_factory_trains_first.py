# expect: clean
"""A speech-command run described as a dataclass: the encoder field's default_factory loads the exported
inference encoder (in eval mode); the run puts the encoder it holds back in training mode first."""
import dataclasses

import torch
from torch import nn


class CommandEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 12, batch_first=True)
        self.classify = nn.Linear(12, 4)

    def forward(self, frames):
        states, _ = self.gru(frames)
        return self.classify(states[:, -1])


def exported_encoder():
    encoder = CommandEncoder()
    encoder.eval()  # as the on-device runtime uses it
    return encoder


@dataclasses.dataclass
class FineTuneRun:
    label: str
    encoder: nn.Module = dataclasses.field(default_factory=exported_encoder)
    steps: int = 2

    def run(self, clips, targets):
        optimizer = torch.optim.SGD(self.encoder.parameters(), lr=0.05)
        self.encoder.train()
        for _ in range(self.steps):
            loss = nn.functional.cross_entropy(self.encoder(clips), targets)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        return loss.item()


job = FineTuneRun("wake-words")
print(job.label, job.run(torch.randn(3, 7, 6), torch.tensor([0, 2, 1])))
