# expect: clean
"""A trainer keeps the step function a factory builds (`self.step = make_step(model, self.opt)`, a closure over
the model) and calls it from another method; each epoch puts the model back in train mode after the probe."""
import torch
from torch import nn


class Ranker(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 5, batch_first=True)
        self.score = nn.Linear(5, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.score(h[-1]).squeeze(-1)


def make_step(model, opt, clip=1.0):
    def step(x, y):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), clip)
        opt.step()
        return loss.item()

    return step


class Trainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        self.step = make_step(model, self.opt)

    def probe(self, x):
        self.model.eval()
        with torch.no_grad():
            return self.model(x).mean().item()

    def fit(self, batches, epochs=2):
        for _ in range(epochs):
            self.model.train()
            for x, y in batches:
                self.step(x, y)
            print("probe", self.probe(batches[0][0]))


if __name__ == "__main__":
    Trainer(Ranker()).fit([(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(2)])
