# expect: crash
"""Early-exit heads: calibration puts the model in eval mode, then `for part in (*model.exits,)` puts only the
exits back in training mode; the recurrent blocks stay in eval for the next epoch's backward."""
import torch
import torch.nn as nn


class EarlyExits(nn.Module):
    def __init__(self, depth=2):
        super().__init__()
        self.blocks = nn.ModuleList(nn.GRU(4 if i == 0 else 6, 6, batch_first=True) for i in range(depth))
        self.exits = nn.ModuleList(nn.Linear(6, 3) for _ in range(depth))

    def forward(self, x):
        outs = []
        for block, head in zip(self.blocks, self.exits):
            x, _ = block(x)
            outs.append(head(x[:, -1]))
        return outs


def calibrate(model, x):
    model.eval()
    with torch.no_grad():
        confidence = [o.softmax(-1).max(-1).values.mean().item() for o in model(x)]
    for part in (*model.exits,):
        part.train()
    return confidence


def main():
    torch.manual_seed(4)
    model = EarlyExits()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(5, 7, 4), torch.randint(0, 3, (5,))
    for epoch in range(2):
        loss = sum(nn.functional.cross_entropy(o, y) for o in model(x))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(epoch, round(loss.item(), 4), calibrate(model, x))


if __name__ == "__main__":
    main()
