# expect: clean
"""Chimney-sweep flue classifier with test-time training on every call-out.

Draught readings from a flue are classified as clear / sooted / blocked.
A self-supervised head reconstructs the next reading; at test time the sweep
freezes the classifier (eval), puts the recurrent flue encoder back in
training mode and adapts it on each call-out with the reconstruction loss
before classifying.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class FlueNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.flue_rnn = nn.LSTM(2, hidden, batch_first=True)
        self.recon = nn.Linear(hidden, 2)
        self.classifier = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 3))

    def encode(self, x):
        h, _ = self.flue_rnn(x)
        return h

    def forward(self, x):
        return self.classifier(self.encode(x)[:, -1])

    def next_reading_loss(self, x):
        h = self.encode(x[:, :-1])
        return F.mse_loss(self.recon(h), x[:, 1:])


def callouts(n, seed):
    g = torch.Generator().manual_seed(seed)
    state = torch.randint(0, 3, (n,), generator=g)
    t = torch.linspace(0, 3, 8)
    draught = torch.sin(t).unsqueeze(0) * (1 - 0.4 * state.unsqueeze(1).float())
    draught = draught + 0.1 * torch.randn(n, 8, generator=g)
    smoke = 0.3 * state.unsqueeze(1).float() + 0.1 * torch.randn(n, 8, generator=g)
    return torch.stack([draught, smoke], -1), state


def train(model, epochs=8):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for ep in range(epochs):
        x, y = callouts(16, seed=ep)
        opt.zero_grad()
        (F.cross_entropy(model(x), y) + model.next_reading_loss(x)).backward()
        opt.step()


def adapt_and_predict(base, x, steps=2):
    model = copy.deepcopy(base)
    model.eval()
    model.flue_rnn.train()
    opt = torch.optim.SGD(model.flue_rnn.parameters(), lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        model.next_reading_loss(x).backward()
        opt.step()
    with torch.no_grad():
        return model(x).argmax(-1)


def main():
    torch.manual_seed(41)
    model = FlueNet()
    train(model)
    for visit in range(3):
        x, y = callouts(4, seed=200 + visit)
        pred = adapt_and_predict(model, x)
        print(f"call-out {visit}: pred {pred.tolist()} truth {y.tolist()}")


if __name__ == "__main__":
    main()
