# expect: crash
"""Sleep staging from wearable features; probe accuracy between epochs with a `weakref.finalize` mode probe."""
import torch
import torch.nn.functional as F

from probe.evaluator import ModeProbe
from probe.model import SleepStager


def main():
    torch.manual_seed(0)
    model = SleepStager()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xv, yv = torch.randn(6, 5, 5), torch.randint(0, 4, (6,))
    probes = []
    for epoch in range(2):
        x, y = torch.randn(6, 5, 5), torch.randint(0, 4, (6,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        probes.append(ModeProbe(model))  # kept for the end-of-run report
        print(epoch, probes[-1].accuracy(xv, yv))
    print("probes", len(probes))


if __name__ == "__main__":
    main()
