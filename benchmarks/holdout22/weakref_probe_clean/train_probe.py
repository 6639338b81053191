# expect: clean
"""Sleep staging; the `weakref.finalize` mode probe is a temporary, so train mode returns at once."""
import torch
import torch.nn.functional as F

from probe.evaluator import ModeProbe
from probe.model import SleepStager


def main():
    torch.manual_seed(0)
    model = SleepStager()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xv, yv = torch.randn(6, 5, 5), torch.randint(0, 4, (6,))
    accs = []
    for epoch in range(2):
        x, y = torch.randn(6, 5, 5), torch.randint(0, 4, (6,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        accs.append(ModeProbe(model).accuracy(xv, yv))
        print(epoch, accs[-1], model.training)
    print("accs", accs)


if __name__ == "__main__":
    main()
