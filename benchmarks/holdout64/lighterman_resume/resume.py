# expect: crash
import os
import tempfile

import torch
import torch.nn.functional as F

from lighterman import BargeNet, load_best, save_best


def evaluate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(F.l1_loss(model(x), y).item() for x, y in batches) / len(batches)


def train_epoch(model, opt, batches):
    for x, y in batches:
        opt.zero_grad()
        F.l1_loss(model(x), y).backward()  # TM001-here
        opt.step()


def main():
    torch.manual_seed(10)
    tr = [(torch.randn(4, 6, 4), torch.rand(4)) for _ in range(3)]
    va = [(torch.randn(4, 6, 4), torch.rand(4)) for _ in range(2)]
    path = os.path.join(tempfile.mkdtemp(), "best.pt")
    model = BargeNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    train_epoch(model, opt, tr)
    print("val", round(evaluate(model, va), 4))
    save_best(model, path)
    try:
        # phase 2: resume from the best checkpoint with a smaller LR
        model = load_best(path, BargeNet)
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        train_epoch(model, opt, tr)
    finally:
        os.remove(path)
        os.rmdir(os.path.dirname(path))
    print("resumed ok")


if __name__ == "__main__":
    main()
