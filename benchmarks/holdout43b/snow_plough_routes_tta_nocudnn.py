# expect: clean
"""Snow plough route timing with test-time training.

An LSTM encoder reads per-segment readings (snow depth, gradient, traffic)
and a regression head predicts clearing minutes. An auxiliary head
reconstructs the masked last reading; at test time each batch gets one
self-supervised step on a fresh copy of the deployed model (TTT)."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(5)
SEG, FEAT, HID = 7, 4, 16


class RouteModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(FEAT, HID, batch_first=True, num_layers=1)
        self.minutes = nn.Linear(HID, 1)
        self.recon = nn.Linear(HID, FEAT)

    def features(self, x):
        h, _ = self.encoder(x)
        return h[:, -1]

    def forward(self, x):
        return self.minutes(self.features(x)).squeeze(-1)

    def aux_loss(self, x):
        masked = x.clone()
        masked[:, -1] = 0.0
        return nn.functional.mse_loss(self.recon(self.features(masked)), x[:, -1])


def batches(n, shift=0.0):
    for _ in range(n):
        x = torch.randn(4, SEG, FEAT) + shift
        y = x[:, :, 0].sum(1) + 0.5 * x[:, :, 2].mean(1)
        yield x, y


def train(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for x, y in batches(steps):
        loss = nn.functional.mse_loss(model(x), y) + 0.5 * model.aux_loss(x)
        opt.zero_grad()
        loss.backward()
        opt.step()


def ttt_predict(deployed, x, lr=0.01):
    adapted = copy.deepcopy(deployed)
    opt = torch.optim.SGD(adapted.encoder.parameters(), lr=lr)
    # the deployed copy stays in eval (dropout-free anyway); run the adaptation
    # forward on the native kernels, which have no training-mode restriction
    with torch.backends.cudnn.flags(enabled=False):
        loss = adapted.aux_loss(x)
    opt.zero_grad()
    loss.backward()
    opt.step()
    with torch.no_grad():
        return adapted(x)


def main():
    model = RouteModel()
    train(model)
    model.eval()  # deployed
    errs = []
    for x, y in batches(3, shift=0.4):
        pred = ttt_predict(model, x)
        errs.append((pred - y).abs().mean().item())
    print("mean abs err after TTT:", sum(errs) / len(errs))


if __name__ == "__main__":
    main()
