# expect: clean
import logging

import torch

from model import FlickerModel
from probes import FlickerProbe

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("lantern")


def main():
    torch.manual_seed(7)
    model = FlickerModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    held_out = [torch.randn(2, 8, 2) for _ in range(2)]
    held_out[1][0, 3, 1] = float("nan")  # a broken sensor reading
    probe = FlickerProbe(model, held_out)
    for epoch in range(3):
        x, y = torch.randn(4, 8, 2), torch.randn(4, 1)
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        try:
            log.info("epoch %d loss %.4f probe %.4f", epoch, loss.item(), probe.run())
        except ValueError as err:
            log.info("epoch %d loss %.4f probe skipped (%s)", epoch, loss.item(), err)


if __name__ == "__main__":
    main()
