# expect: clean
"""Early-exit heads; after calibration both the exits and the recurrent blocks go back to train."""
import torch
import torch.nn as nn


class EarlyExitLSTM(nn.Module):
    def __init__(self, d=6, hidden=8, n_cls=4, depth=2):
        super().__init__()
        self.blocks = nn.ModuleList(nn.LSTM(d if i == 0 else hidden, hidden, batch_first=True) for i in range(depth))
        self.exits = nn.ModuleList(nn.Linear(hidden, n_cls) for _ in range(depth))

    def forward(self, x):
        out = []
        for block, head in zip(self.blocks, self.exits):
            x, _ = block(x)
            out.append(head(x[:, -1]))
        return out


def calibrate(model, x):
    model.eval()
    with torch.no_grad():
        conf = [l.softmax(-1).max(-1).values.mean().item() for l in model(x)]
    for part in (*model.blocks, *model.exits):
        part.train()
    return conf


def main():
    torch.manual_seed(0)
    model = EarlyExitLSTM()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(6, 9, 6), torch.randint(0, 4, (6,))
    for epoch in range(3):
        loss = sum(w * nn.functional.cross_entropy(l, y) for w, l in zip((0.3, 0.7), model(x)))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(epoch, loss.item(), calibrate(model, x))


if __name__ == "__main__":
    main()
