# expect: clean
"""Locksmith pin-tumbler sensor: a GRU encoder reads the torque trace of a pick attempt;
a head predicts whether the lock opened, and an auxiliary head reconstructs the next
torque sample (self-supervised). At test time each batch first adapts the encoder for
one step on the auxiliary loss (test-time training), then predicts."""
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(8)


class Encoder(nn.Module):
    """Unrolled GRUCell so the per-step state can be clipped (long picks drift)."""

    def __init__(self, hidden=10):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.GRUCell(2, hidden)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        outs = []
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h).clamp(-5, 5)
            outs.append(h)
        return torch.stack(outs, 1)


class PickModel(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.encoder = Encoder(hidden)
        self.opened = nn.Linear(hidden, 2)
        self.next_torque = nn.Linear(hidden, 2)

    def forward(self, x):
        h = self.encoder(x)
        return self.opened(h[:, -1]), self.next_torque(h[:, :-1])


def aux_loss(model, x):
    _, pred = model(x)
    return F.mse_loss(pred, x[:, 1:])


def fit(model, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(4, 9, 2), torch.randint(0, 2, (4,))
        logits, _ = model(x)
        loss = F.cross_entropy(logits, y) + aux_loss(model, x)
        opt.zero_grad()
        loss.backward()
        opt.step()


def test_time_adapt(model, x, lr=1e-3):
    adapted = copy.deepcopy(model)
    opt = torch.optim.SGD(adapted.encoder.parameters(), lr=lr)
    loss = aux_loss(adapted, x)
    opt.zero_grad()
    loss.backward()
    opt.step()
    with torch.no_grad():
        return adapted(x)[0].argmax(-1)


if __name__ == "__main__":
    model = PickModel()
    fit(model)
    model.eval()
    for i in range(2):
        xt = torch.randn(3, 9, 2)
        print("batch", i, test_time_adapt(model, xt).tolist())
