# expect: crash
"""Locomotive stoker: predict firebox temperature from shovel-rate sequences.

Callbacks are registered in a list; SaliencyLogger records which time steps the model
leans on at the end of each epoch, right after the evaluation callback ran.
"""
import torch
import torch.nn as nn

torch.manual_seed(1)


class FireboxLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


class Callback:
    def on_epoch_end(self, state):
        pass


class EvalCallback(Callback):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def on_epoch_end(self, state):
        model = state["model"]
        model.eval()
        with torch.no_grad():
            state["val_mse"] = torch.mean((model(self.x) - self.y) ** 2).item()


class SaliencyLogger(Callback):
    def __init__(self, probe):
        self.probe = probe
        self.history = []

    def on_epoch_end(self, state):
        x = self.probe.clone().requires_grad_(True)
        pred = state["model"](x).sum()
        pred.backward()  # TM001-here
        self.history.append(x.grad.abs().mean(dim=(0, 2)))


def run(epochs=2):
    model = FireboxLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    xs, ys = torch.randn(6, 10, 3), torch.randn(6)
    callbacks = [EvalCallback(torch.randn(4, 10, 3), torch.randn(4)),
                 SaliencyLogger(torch.randn(2, 10, 3))]
    state = {"model": model}
    for epoch in range(epochs):
        model.train()
        opt.zero_grad()
        loss = torch.mean((model(xs) - ys) ** 2)
        loss.backward()
        opt.step()
        state["epoch"] = epoch
        for cb in callbacks:
            cb.on_epoch_end(state)
        print(epoch, round(loss.item(), 4), round(state["val_mse"], 4))
    return callbacks[1].history


if __name__ == "__main__":
    hist = run()
    print(len(hist))
