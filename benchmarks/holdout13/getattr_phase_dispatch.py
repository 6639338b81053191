# expect: clean
"""Phase loop that switches modes with `getattr(model, "train" if phase == "train" else "eval")()` and runs both
phases through one `run_epoch` helper; backward only happens in the train phase, after the train() dispatch."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.agent = nn.ModuleDict({"core": nn.GRU(5, 9, batch_first=True), "pi": nn.Linear(9, 4)})

    def forward(self, x):
        return self.agent["pi"](self.agent["core"](x)[0][:, -1])


def run_epoch(model, phase, loader, opt):
    getattr(model, "train" if phase == "train" else "eval")()
    total = 0.0
    for x, y in loader:
        with torch.set_grad_enabled(phase == "train"):
            loss = nn.functional.cross_entropy(model(x), y)
            if phase == "train":
                opt.zero_grad()
                loss.backward()
                opt.step()
        total += loss.item()
    return total / len(loader)


model = Net()
opt = torch.optim.Adam(model.parameters(), 1e-3)
loaders = {p: [(torch.randn(3, 4, 5), torch.randint(0, 4, (3,)))] for p in ("train", "val")}
for epoch in range(3):
    for phase in ("val", "train"):
        print(epoch, phase, run_epoch(model, phase, loaders[phase], opt))
print("done")
