# expect: crash
"""A decorator on a model's scoring method puts the model in eval mode and turns off autograd for the call.
The model is trained on a stream: after each scored chunk it is updated on that chunk, and nothing puts it
back in training mode, so the update's backward runs through a GRU that last ran in eval mode."""
import functools

import torch
import torch.nn as nn


def scoring(fn):
    @functools.wraps(fn)
    def run(module, *inputs):
        module.eval()
        with torch.no_grad():
            return fn(module, *inputs)
    return run


class AnomalyScorer(nn.Module):
    def __init__(self, channels=5, hidden=10):
        super().__init__()
        self.gru = nn.GRU(channels, hidden, batch_first=True)
        self.decode = nn.Linear(hidden, channels)

    def forward(self, window):
        states, _ = self.gru(window)
        return self.decode(states)

    @scoring
    def score(self, window):
        return (self(window) - window).pow(2).mean(dim=(1, 2))

    def update(self, window, optimizer):
        loss = (self(window) - window).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()


device = "cuda" if torch.cuda.is_available() else "cpu"
scorer = AnomalyScorer().to(device)
opt = torch.optim.SGD(scorer.parameters(), lr=0.05)
for chunk in range(3):
    window = torch.randn(6, 20, 5, device=device)
    print(chunk, scorer.score(window).max().item())
    scorer.update(window, opt)
