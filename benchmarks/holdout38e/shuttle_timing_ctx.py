# expect: clean
"""Weavers' shuttle timing: predict the pick interval of a power loom.

Evaluation happens inside a context-manager class that switches the model to
eval on __enter__ and restores the mode it found on __exit__. The fine-tune
forward runs after the block has closed.
"""
import torch
import torch.nn as nn


class ShuttleNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1]).squeeze(-1)


class Evaluating:
    def __init__(self, model):
        self.model = model
        self._was = None

    def __enter__(self):
        self._was = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self._was)
        return False


def picks(batch=4, steps=8):
    x = torch.rand(batch, steps, 3)
    return x, 0.4 + 0.2 * x[..., 2].mean(1)


def main():
    torch.manual_seed(8)
    model = ShuttleNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for epoch in range(3):
        x, y = picks()
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        with Evaluating(model) as m, torch.no_grad():
            vx, vy = picks()
            err = (m(vx) - vy).abs().mean().item()
        print(f"epoch {epoch} loss {loss.item():.4f} val {err:.4f} training={model.training}")
    # a quick fine-tune on the mill's own looms
    x, y = picks(batch=2)
    ft = (model(x) - y).pow(2).mean()
    opt.zero_grad()
    ft.backward()
    opt.step()
    print("fine-tune", ft.item())


if __name__ == "__main__":
    main()
