# expect: clean
"""Mountain-hut occupancy: after the sequence model is trained and put in eval mode, the occupancy head is
re-fitted on cached encoder features (a stepwise iterator drives the re-fit)."""
import torch
from torch import nn

torch.manual_seed(28)


class HutModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.GRU(3, hidden, num_layers=2, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def encode(self, bookings):
        return self.encoder(bookings)[0][:, -1]

    def forward(self, bookings):
        return self.head(self.encode(bookings))


class HeadRefit:
    def __init__(self, model, feats, target, steps=4):
        self.model, self.feats, self.target, self.steps = model, feats, target, steps
        self.opt = torch.optim.SGD(model.head.parameters(), lr=0.1)

    def __iter__(self):
        for step in range(self.steps):
            loss = nn.functional.mse_loss(self.model.head(self.feats), self.target)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            yield step, loss.item()


def bookings(n):
    b = torch.rand(n, 7, 3)
    return b, b[:, :, 0].sum(1, keepdim=True) * 4


def pretrain(model, data, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(data[0]), data[1])
        opt.zero_grad()
        loss.backward()
        opt.step()


def cache_features(model, x):
    model.eval()
    return model.encode(x).detach()


if __name__ == "__main__":
    model = HutModel()
    pretrain(model, bookings(10))
    new_season = bookings(6)
    feats = cache_features(model, new_season[0])
    for step, loss in HeadRefit(model, feats, new_season[1]):
        print(step, round(loss, 4))
