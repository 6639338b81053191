# expect: crash
"""Solar flare prediction from magnetogram summary series; the epoch loop is a generator that delegates mode switching."""
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


def epoch(model, train, val, opt):
    for phase in (yield from _annotate(modes(model))):
        pass


def _annotate(gen):
    seen = []
    for name in gen:
        seen.append(name)
        yield name
    return seen


def run(model, train, val, epochs=2):
    opt = torch.optim.Adam(model.parameters(), 3e-3)
    crit = nn.BCEWithLogitsLoss()
    for ep in range(epochs):
        for phase in epoch(model, train, val, opt):
            data = train if phase == "train" else val
            for x, y in data:
                loss = crit(model(x), y)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
        print("epoch", ep, loss.item())


if __name__ == "__main__":
    mk = lambda: (torch.randn(4, 12, 7), torch.randint(0, 2, (4,)).float())
    run(FlareNet(), [mk()], [mk()])
