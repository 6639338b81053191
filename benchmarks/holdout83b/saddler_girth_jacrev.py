# expect: crash
"""Saddler girth fitting: sensitivity of the predicted girth strap tension to each stride reading."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(5)


class StrideModel(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.RNN(4, hidden, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


def tension_of(model):
    def f(stride):
        return model(stride.unsqueeze(0)).squeeze(0)
    return f


def main():
    model = StrideModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(5, 6, 4), torch.randn(5, 2)
    for _ in range(3):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()

    model.train()  # keep the same kernels as in training
    sens = []
    for i in range(2):
        J = jacrev(tension_of(model))(x[i])  # TM002-here
        sens.append(J.abs().sum((0, 2)))
    print("per-step sensitivity", torch.stack(sens).mean(0))


if __name__ == "__main__":
    main()
