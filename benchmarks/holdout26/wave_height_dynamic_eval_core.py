# expect: clean
"""Wave-height forecasting with dynamic evaluation: adapt the GRU on each test segment after scoring it."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(1)


class WaveGRU(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(3, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(self.drop(h)).squeeze(-1)


def fit(model, series, epochs=2):
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    model.train()
    for _ in range(epochs):
        for x, y in series:
            opt.zero_grad()
            nn.functional.l1_loss(model(x), y).backward()
            opt.step()


def dynamic_eval(model, segments, lr=1e-3):
    model = copy.deepcopy(model)
    model.eval()  # turn off dropout for the adapted predictions
    model.gru.train()  # cuDNN needs the recurrent core in training mode; its dropout is tiny anyway
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    total = 0.0
    for x, y in segments:
        pred = model(x)
        loss = nn.functional.l1_loss(pred, y)
        total += loss.item()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return total / len(segments)


if __name__ == "__main__":
    data = [(torch.randn(4, 10, 3), torch.randn(4, 10)) for _ in range(3)]
    net = WaveGRU()
    fit(net, data)
    print("dynamic MAE", dynamic_eval(net, data[:2]))
