# expect: clean
"""Basket-weave tension forecaster, fine-tuned deterministically.

For the fine-tuning stage all dropout is switched off with model.apply(...),
which puts every module that drops activations into eval mode.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

CFG = {"hidden": 12, "layers": 1, "rnn_dropout": 0.0, "lr": 3e-3, "steps": 4}


class WeaveForecaster(nn.Module):
    def __init__(self, hidden, layers, rnn_dropout):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=layers, dropout=rnn_dropout, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(self.drop(out))


def no_dropout(m):
    if isinstance(m, nn.Dropout) or getattr(m, "dropout", 0) > 0:
        m.eval()


def pretrain(model, data, opt):
    model.train()
    for x in data:
        loss = F.mse_loss(model(x[:, :-1]), x[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()


def finetune(model, data, opt, steps):
    model.train()
    model.apply(no_dropout)
    for step in range(steps):
        x = data[step % len(data)]
        loss = F.mse_loss(model(x[:, :-1]), x[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(5)
    model = WeaveForecaster(CFG["hidden"], CFG["layers"], CFG["rnn_dropout"])
    opt = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    data = [torch.randn(4, 9, 3) for _ in range(3)]
    pretrain(model, data, opt)
    print("finetune loss", finetune(model, data, opt, CFG["steps"]))
