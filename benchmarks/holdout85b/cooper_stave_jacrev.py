# expect: crash
"""Cooper stave bending: sensitivity of predicted curvature to each moisture reading (jacrev, train mode)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(4)


class StaveModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, nonlinearity="relu", batch_first=True)
        self.lin = nn.Linear(6, 2)

    def forward(self, seq):
        h, _ = self.rnn(seq)
        return self.lin(h[:, -1])


def sensitivity(model, seq):
    f = lambda s: model(s.unsqueeze(0)).squeeze(0)
    return jacrev(f)(seq)  # TM002-here


if __name__ == "__main__":
    m = StaveModel()
    opt = torch.optim.SGD(m.parameters(), lr=0.05)
    for _ in range(2):
        loss = m(torch.randn(4, 5, 3)).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    J = sensitivity(m, torch.randn(5, 3))
    print("jacobian", tuple(J.shape), float(J.abs().mean()))
