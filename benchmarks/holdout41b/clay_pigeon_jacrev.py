# expect: crash
"""Clay-pigeon trap timing: sensitivity of the predicted release delay to each step of the
wind trace, as a full Jacobian from torch.func.jacrev (model in train mode throughout)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(8)


class TrapTimer(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, wind):
        h, _ = self.rnn(wind)
        return self.out(h[:, -1]).squeeze(-1)


def train(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        x, y = torch.randn(4, 5, 2), torch.randn(4)
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad(); loss.backward(); opt.step()


def step_sensitivity(model, wind):
    jac = jacrev(lambda w: model(w.unsqueeze(0)).squeeze(0))(wind)  # TM002-here
    return jac.abs().sum(-1)


if __name__ == "__main__":
    model = TrapTimer()
    train(model)
    print(step_sensitivity(model, torch.randn(5, 2)))
