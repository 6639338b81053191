# expect: clean
"""Railway delay propagation along a line: a typing.final trainer with validation at the start of each epoch."""
from typing import final
import torch
import torch.nn as nn

torch.manual_seed(6)


class DelayProp(nn.Module):
    def __init__(self, n_stations=5, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_stations, 4)
        self.gru = nn.GRU(4 + 1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, stations, delays):
        z = torch.cat([self.emb(stations), delays.unsqueeze(-1)], -1)
        return self.out(self.gru(z)[0]).squeeze(-1)


@final
class PropagationTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.AdamW(model.parameters(), lr=lr)

    def validate(self, batch):
        self.model.eval()
        with torch.no_grad():
            s, d, y = batch
            return nn.functional.huber_loss(self.model(s, d), y).item()

    def step(self, batch):
        s, d, y = batch
        loss = nn.functional.huber_loss(self.model(s, d), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, train, val, epochs=2):
        print("epochs:", epochs)
        for ep in range(epochs):
            v = self.validate(val)
            self.model.train()
            losses = [self.step(b) for b in train]
            print(ep, round(v, 3), round(sum(losses) / len(losses), 3))


def batch():
    return torch.randint(0, 5, (4, 6)), torch.rand(4, 6), torch.rand(4, 6)


if __name__ == "__main__":
    PropagationTrainer(DelayProp()).fit([batch(), batch()], batch())
