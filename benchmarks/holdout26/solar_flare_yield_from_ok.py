# expect: clean
"""Solar flare prediction; a mode generator reached through `yield from`, validation without gradients."""
import torch
import torch.nn as nn

torch.manual_seed(11)


class FlareNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(7, 9, batch_first=True)
        self.fc = nn.Linear(9, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1]).squeeze(-1)


def modes(model):
    model.train()
    yield "train"
    model.eval()
    yield "val"


def epoch(model):
    yield from modes(model)


def run(model, train, val, epochs=2):
    opt = torch.optim.Adam(model.parameters(), 3e-3)
    crit = nn.BCEWithLogitsLoss()
    for ep in range(epochs):
        for phase in epoch(model):
            data = train if phase == "train" else val
            for x, y in data:
                with torch.set_grad_enabled(phase == "train"):
                    loss = crit(model(x), y)
                if phase == "train":
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
        print("epoch", ep, loss.item())


if __name__ == "__main__":
    mk = lambda: (torch.randn(4, 12, 7), torch.randint(0, 2, (4,)).float())
    run(FlareNet(), [mk()], [mk()])
