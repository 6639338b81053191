# expect: clean
"""A gradient-norm diagnostic taken with create_graph=True (left over from a meta-LR experiment),
but nothing differentiates the gradient again: only a first-order backward through the LSTM."""
import torch
import torch.nn as nn


class GridLSTM(nn.Module):
    def __init__(self, d=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(d, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def main():
    torch.manual_seed(1)
    model = GridLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(6, 5, 3), torch.randn(6)
    for step in range(2):
        loss = nn.functional.mse_loss(model(x), y)
        grads = torch.autograd.grad(loss, list(model.parameters()), create_graph=True)
        gnorm = torch.sqrt(sum(g.pow(2).sum() for g in grads)).item()
        with torch.no_grad():
            for p, g in zip(model.parameters(), grads):
                p -= 0.05 * g
        print(step, loss.item(), gnorm)


if __name__ == "__main__":
    main()
