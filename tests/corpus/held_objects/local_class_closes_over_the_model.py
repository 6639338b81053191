# expect: crash
"""A factory defines its callback class inside itself: the class's method reads the factory's `model` (a closure),
puts it in eval mode to log a prediction after each batch, and the loop's next forward runs the GRU in eval mode."""
import torch
import torch.nn.functional as F
from torch import nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def make_logger(model, sample):
    seen = []

    class PredictionLogger:
        def after_batch(self, step):
            model.eval()
            with torch.no_grad():
                seen.append(model(sample).argmax(-1).tolist())

    return PredictionLogger()


def train(model, batches, callbacks):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for step, (x, y) in enumerate(batches):
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()  # TM001-here
        opt.step()
        for cb in callbacks:
            cb.after_batch(step)


model = Tagger()
batches = [(torch.randn(3, 5, 4), torch.randint(0, 2, (3,))) for _ in range(3)]
train(model, batches, [make_logger(model, torch.randn(1, 5, 4))])
