# expect: clean
import torch
from torch import nn

from tentmaker import GuyTension, phase_stream


def main():
    torch.manual_seed(3)
    model = GuyTension()
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
    stats = {"train": [], "val": []}
    for phase, x, y in phase_stream(model, n_epochs=2):
        if phase == "val":
            with torch.no_grad():
                stats["val"].append(nn.functional.mse_loss(model(x), y).item())
            continue
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        stats["train"].append(loss.item())
    print({k: len(v) for k, v in stats.items()})


if __name__ == "__main__":
    main()
