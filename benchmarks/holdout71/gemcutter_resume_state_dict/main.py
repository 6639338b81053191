# expect: clean
import shutil
import tempfile

import torch
import torch.nn.functional as F

from checkpoint import load_snapshot, save_snapshot
from model import GatherForecaster


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 6, 3, generator=g), torch.randn(3, 1, generator=g)) for _ in range(n)]


def train_some(model, data, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in data:
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(F.mse_loss(model(x), y).item() for x, y in data) / len(data)


def main():
    torch.manual_seed(0)
    workdir = tempfile.mkdtemp(prefix="gemcutter_")
    try:
        model = GatherForecaster().train()
        print("stage 1 loss", round(train_some(model, batches(3, 0)), 4))
        print("stage 1 val", round(evaluate(model, batches(2, 1)), 4))
        path = save_snapshot(model, workdir, "stage1")

        resumed = load_snapshot(path)
        print("stage 2 loss", round(train_some(resumed, batches(3, 2)), 4))
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
