# expect: crash
import torch
import torch.nn.functional as F

from tallow.models import *
from tallow.utils import quick_score

torch.manual_seed(14)
SCORE_EVERY = 3


def dip_batches(schedule, n, batch=4):
    out = []
    for _ in range(n):
        dips = torch.rand(batch, schedule.dips, schedule.features)
        out.append((dips, 30 + 20 * dips[..., 1].mean(1)))
    return out


def main():
    schedule = DipSchedule()
    model = BurnTimeLSTM(schedule)
    reference = dip_batches(schedule, 2)
    opt = torch.optim.Adam(model.parameters(), lr=2e-2)
    model.train()
    for epoch in range(2):
        for i, (dips, minutes) in enumerate(dip_batches(schedule, 6)):
            opt.zero_grad()
            loss = F.mse_loss(model(dips), minutes)
            loss.backward()  # TM001-here
            opt.step()
            if (i + 1) % SCORE_EVERY == 0:
                print(f"epoch {epoch} batch {i + 1} loss {loss.item():.2f} "
                      f"tol5={quick_score(model, reference):.2f}")


if __name__ == "__main__":
    main()
