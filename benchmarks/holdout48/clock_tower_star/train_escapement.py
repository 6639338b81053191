# expect: crash
"""Clock-tower escapement drift: the calibration helpers come in by star import."""
import torch
import torch.nn.functional as F

from escapement_net import EscapementNet

model = EscapementNet()

from calibration import *  # noqa: E402,F401,F403  (helpers: drift_batch, reference_error, ...)


def main():
    torch.manual_seed(9)
    print("reference error", reference_error(drift_batch()))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x, y = drift_batch()
        opt.zero_grad()
        loss = F.smooth_l1_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
