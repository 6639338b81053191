# expect: crash
"""Weather-vane bearing drift: self-distillation from the dropout-free pass.

Each batch is run twice: once in train mode (with dropout) and once inside an `evaluating` block, which
restores the training mode when it exits. The dropout-free prediction is the soft target.
"""
import torch

from vanes.net import BearingNet
from vanes.train import distill_epoch


def main():
    torch.manual_seed(4)
    model = BearingNet(n_in=2, hidden=8, n_sectors=8)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    data = [(torch.randn(6, 10, 2), torch.randint(0, 8, (6,))) for _ in range(3)]
    for epoch in range(3):
        model.train()
        loss = distill_epoch(model, opt, data, alpha=0.3)
        print(f"epoch {epoch} loss {loss:.4f}")


if __name__ == "__main__":
    main()
