# expect: crash
import logging

import torch

from hopfactor.engine import train_step
from hopfactor.model import KilnGRU

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("dry")


def lots(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        yield torch.randn(6, 8, 4, generator=g), torch.randint(0, 3, (6,), generator=g)


if __name__ == "__main__":
    torch.manual_seed(1)
    model = KilnGRU()
    model.train()
    opt = torch.optim.RMSprop(model.parameters(), lr=5e-3)
    for epoch in range(2):
        for x, y in lots(epoch):
            loss, acc = train_step(model, opt, x, y)
        log.info("epoch %d loss %.4f acc %.2f", epoch, loss, acc)
