# expect: crash
import torch

from quarry import *  # noqa: F401,F403


def main():
    torch.manual_seed(6)
    model = BlockSplitModel()  # noqa: F405
    opt = torch.optim.Adam(model.parameters(), lr=4e-3)
    batches = [(torch.randn(3, 6, 5), torch.randint(0, 2, (3,))) for _ in range(3)]
    probe = torch.randn(2, 6, 5)
    model.train()
    for epoch in range(3):
        loss = train_epoch(model, opt, batches)  # noqa: F405
        print(epoch, round(loss, 4), summarise(model, probe))  # noqa: F405


if __name__ == "__main__":
    main()
