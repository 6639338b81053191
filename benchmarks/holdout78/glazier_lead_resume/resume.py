# expect: crash
import shutil
import tempfile

import torch
import torch.nn.functional as F

from glazier.checkpoint import load_checkpoint, save_checkpoint
from glazier.net import LeadCameNet, evaluate


def data(seed, n=3):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(4, 10, 3, generator=g)
        out.append((x, x.sum(-1).cumsum(1) * 0.05))
    return out


def run_stage(model, batches):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in batches:
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    workdir = tempfile.mkdtemp(prefix="glazier_")
    try:
        model = LeadCameNet()
        model.train()
        print("stage 1", run_stage(model, data(1)))
        print("val", evaluate(model, data(2, 1)))
        path = save_checkpoint(model, workdir)
        del model

        model = load_checkpoint(path)
        print("stage 2", run_stage(model, data(3)))
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
