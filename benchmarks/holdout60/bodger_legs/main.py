# expect: crash
import torch

from bodger import *  # noqa: F403

if __name__ == "__main__":
    torch.manual_seed(6)
    model = ChatterNet()  # noqa: F405
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train_set, val_set = legs(), legs(2)  # noqa: F405
    model.train()
    for rnd in range(3):
        before = score(model, val_set)  # noqa: F405
        loss = train_round(model, opt, train_set)  # noqa: F405
        print(f"round {rnd}: acc before {before:.2f}, loss {loss:.4f}")
