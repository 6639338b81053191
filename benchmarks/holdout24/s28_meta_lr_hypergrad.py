# expect: crash
"""Meta-learned learning rate (first-order hypergradient descent) for an LSTM power-load model.

The hypergradient is the dot product of the current training gradient with the previous
validation gradient; the validation gradient is taken with the model in eval mode.
"""
import torch
import torch.nn as nn


class LoadLSTM(nn.Module):
    def __init__(self, d=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(d, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def grads(model, loss):
    return torch.autograd.grad(loss, list(model.parameters()))  # TM001-here


def main():
    torch.manual_seed(9)
    model = LoadLSTM()
    log_lr = torch.tensor(-3.0)
    beta = 0.01
    x, y = torch.randn(8, 6, 3), torch.randn(8)
    vx, vy = torch.randn(4, 6, 3), torch.randn(4)
    prev_val = None
    for step in range(3):
        model.train()
        g_train = grads(model, nn.functional.mse_loss(model(x), y))
        if prev_val is not None:
            hyper = -sum((a * b).sum() for a, b in zip(g_train, prev_val))
            log_lr = log_lr - beta * hyper
        with torch.no_grad():
            for p, g in zip(model.parameters(), g_train):
                p -= log_lr.exp() * g
        model.eval()
        prev_val = grads(model, nn.functional.mse_loss(model(vx), vy))
        print(step, float(log_lr.exp()))


if __name__ == "__main__":
    main()
