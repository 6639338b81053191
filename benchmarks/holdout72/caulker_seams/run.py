# expect: crash
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from caulker import SeamNet, Trainer


def make_loader(n_batches, bs=4, t=6):
    g = torch.Generator().manual_seed(n_batches)
    return [(torch.randn(bs, t, 3, generator=g), torch.randint(0, 2, (bs,), generator=g).float())
            for _ in range(n_batches)]


if __name__ == "__main__":
    torch.manual_seed(0)
    trainer = Trainer(SeamNet(), max_epochs=2)
    hist = trainer.fit(make_loader(3), make_loader(2))
    print("epoch losses", [round(v, 4) for v in hist])
