# expect: clean
"""Coffee-roaster drum: predict the roast's colour score (Agtron) from the
bean-temperature curve. After pre-training on one roaster the model is
fine-tuned on a second one with the head's BatchNorm statistics frozen.
"""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("roast")


class RoastNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.curve = nn.GRU(2, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.BatchNorm1d(hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        _, h = self.curve(x)
        return self.head(h[-1]).squeeze(-1)


def roasts(n, drum_offset):
    t = torch.linspace(0, 1, 9).expand(n, 9)
    bean = t * (1.5 + torch.rand(n, 1)) + drum_offset
    ror = torch.diff(bean, dim=1, prepend=bean[:, :1])
    x = torch.stack([bean, ror * 5], -1)
    return x, 0.8 - 0.4 * bean[:, -1]


def fit(model, data, epochs, lr, freeze_head_stats=False):
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=lr)
    x, y = data
    for epoch in range(epochs):
        model.train()
        if freeze_head_stats:
            model.head.eval()  # keep running mean/var from the first roaster
        for i in range(0, len(x), 4):
            loss = nn.functional.mse_loss(model(x[i:i + 4]), y[i:i + 4])
            opt.zero_grad()
            loss.backward()
            opt.step()
        log.info("epoch %d loss %.4f", epoch, loss.item())
    return loss.item()


def main():
    torch.manual_seed(34)
    model = RoastNet()
    print("pretrain", round(fit(model, roasts(16, 0.0), epochs=3, lr=5e-3), 4))
    print("fine-tune", round(fit(model, roasts(8, 0.2), epochs=3, lr=1e-3, freeze_head_stats=True), 4))
    model.eval()
    with torch.no_grad():
        x, y = roasts(4, 0.2)
        print("drum-2 MAE", (model(x) - y).abs().mean().item())


if __name__ == "__main__":
    main()
