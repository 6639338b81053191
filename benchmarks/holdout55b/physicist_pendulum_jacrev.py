# expect: crash
"""Double-pendulum surrogate: sensitivity of the final state to the initial sequence via jacrev."""
import torch
from torch import nn
from torch.func import jacrev


class Surrogate(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6)
        self.proj = nn.Linear(6, 2)

    def forward(self, seq):
        h, _ = self.gru(seq)
        return self.proj(h[-1])


def sensitivity(model, seq):
    return jacrev(lambda s: model(s).sum(0))(seq)  # TM002-here


def main():
    torch.manual_seed(3)
    model = Surrogate()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    seq = torch.randn(5, 3, 2)
    target = torch.randn(3, 2)
    for _ in range(2):
        loss = (model(seq) - target).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    J = sensitivity(model, seq)
    print("jacobian", tuple(J.shape))


if __name__ == "__main__":
    main()
