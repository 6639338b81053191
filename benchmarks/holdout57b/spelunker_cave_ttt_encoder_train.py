# expect: clean
"""Spelunker cave-air forecasting with test-time training: before predicting
each evaluation batch, the shared encoder takes one gradient step on a
self-supervised next-reading loss."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)
SENSORS, HID = 3, 10


class CaveNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(SENSORS, HID, batch_first=True)
        self.aux_head = nn.Linear(HID, SENSORS)   # next-reading (self-supervised)
        self.main_head = nn.Linear(HID, 1)        # CO2 alarm level
        self.dropout = nn.Dropout(0.1)

    def features(self, x):
        out, _ = self.encoder(x)
        return self.dropout(out)

    def forward(self, x):
        return self.main_head(self.features(x)[:, -1]).squeeze(-1)

    def aux_loss(self, x):
        pred = self.aux_head(self.features(x[:, :-1]))
        return F.mse_loss(pred, x[:, 1:])


def make_split(n_batches, b=5, t=12):
    data = []
    for _ in range(n_batches):
        x = torch.randn(b, t, SENSORS).cumsum(1) * 0.1
        y = x[:, -1, 0] * 2.0
        data.append((x, y))
    return data


def fit(model, train_data, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(epochs):
        for x, y in train_data:
            loss = F.mse_loss(model(x), y) + 0.5 * model.aux_loss(x)
            opt.zero_grad()
            loss.backward()
            opt.step()


def ttt_evaluate(model, test_data, lr=1e-3):
    errors = []
    for x, y in test_data:
        adapted = copy.deepcopy(model)
        adapted.eval()
        adapted.encoder.train()  # the adaptation step needs the encoder's training kernels
        enc_opt = torch.optim.SGD(adapted.encoder.parameters(), lr=lr)
        loss = adapted.aux_loss(x)
        enc_opt.zero_grad()
        loss.backward()
        enc_opt.step()
        adapted.encoder.eval()
        with torch.no_grad():
            errors.append(F.mse_loss(adapted(x), y).item())
    return sum(errors) / len(errors)


def main():
    model = CaveNet()
    fit(model, make_split(4))
    print("ttt mse", round(ttt_evaluate(model, make_split(2)), 4))


if __name__ == "__main__":
    main()
