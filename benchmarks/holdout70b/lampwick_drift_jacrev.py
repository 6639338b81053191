# expect: crash
"""Oil-lamp flame drift: input sensitivity maps from jacrev over a GRU forecaster."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(4)


class Drift(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.lin = nn.Linear(hidden, 2)

    def forward(self, seq):
        h, _ = self.gru(seq.unsqueeze(0))
        return self.lin(h[0, -1])


def sensitivity(model):
    def f(seq):
        return model(seq)
    return jacrev(f)


def main():
    model = Drift()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(3):
        x = torch.randn(4, 6, 3)
        loss = torch.stack([model(s) for s in x]).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    model.train()  # jacobians in training mode, dropout-free model
    seq = torch.randn(6, 3)
    jac_fn = sensitivity(model)
    J = jac_fn(seq)  # TM002-here
    print(J.shape, J.abs().sum(dim=(0, 2)))


if __name__ == "__main__":
    main()
