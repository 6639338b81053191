# expect: clean
"""Train in spring, export, then resume in autumn with the new survey."""
import os
import tempfile

import torch

from walling.checkpoint import export_best, load_for_resume
from walling.loop import train_steps
from walling.model import BulgeModel


def survey(n, batch=4, steps=12):
    return [(torch.randn(batch, steps, 2), torch.randint(0, 2, (batch,)).float()) for _ in range(n)]


def main():
    torch.manual_seed(13)
    spring, autumn = survey(3), survey(3)
    model = BulgeModel()
    model.train()
    train_steps(model, spring)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        acc = export_best(model, path, spring[0])
        resumed = load_for_resume(path)
        loss = train_steps(resumed, autumn)
    finally:
        os.remove(path)
    print("spring acc", acc, "autumn loss", round(loss, 4))


if __name__ == "__main__":
    main()
