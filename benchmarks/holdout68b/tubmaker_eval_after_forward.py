# expect: clean
"""tubmaker: bung-seal regressor whose logging helper switches to eval between the forward and the backward."""
import torch
import torch.nn as nn


class SealRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, nonlinearity="relu", batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o[:, -1]).squeeze(-1)


def log_holdout(model, hx, hy, step):
    model.eval()
    with torch.no_grad():
        print(step, "holdout mse", ((model(hx) - hy) ** 2).mean().item())


def main():
    torch.manual_seed(15)
    model = SealRNN()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    hx, hy = torch.randn(4, 5, 3), torch.randn(4)
    for step in range(3):
        model.train()
        x, y = torch.randn(4, 5, 3), torch.randn(4)
        loss = ((model(x) - y) ** 2).mean()
        log_holdout(model, hx, hy, step)  # eval() here, but the loss graph was recorded in train mode
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
