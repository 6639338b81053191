# expect: crash
"""Sluice-gauge water level nowcasting driven by a batch generator that owns the schedule.

The generator switches the model to train at the start of each epoch and to eval before it
hands out a validation batch every few steps (mid-epoch monitoring)."""
import torch
import torch.nn as nn

torch.manual_seed(12)


class LevelNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 10, batch_first=True, num_layers=2, dropout=0.1)
        self.head = nn.Linear(10, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.head(o[:, -1])


def stream(model, epochs=2, steps=5, val_every=3):
    for ep in range(epochs):
        model.train()
        for step in range(1, steps + 1):
            yield "train", ep, torch.randn(4, 8, 3), torch.randn(4, 1)
            if step % val_every == 0:
                model.eval()
                yield "val", ep, torch.randn(4, 8, 3), torch.randn(4, 1)


def main():
    model = LevelNet()
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
    for phase, ep, x, y in stream(model):
        if phase == "val":
            with torch.no_grad():
                print(f"ep {ep} val mse {nn.functional.mse_loss(model(x), y).item():.4f}")
            continue
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main()
