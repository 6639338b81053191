# expect: clean
"""Double-pendulum surrogate: sensitivity of the final state to the initial sequence via jacrev (GRUCell unrolled)."""
import torch
from torch import nn
from torch.func import jacrev


class Surrogate(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(2, 6)
        self.proj = nn.Linear(6, 2)

    def forward(self, seq):
        h = seq.new_zeros(seq.size(1), 6)
        for t in range(seq.size(0)):
            h = self.cell(seq[t], h)
        return self.proj(h)


def sensitivity(model, seq):
    return jacrev(lambda s: model(s).sum(0))(seq)


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
