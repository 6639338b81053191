# expect: crash
"""Load a checkpoint for inference, look at a few predictions, then fine-tune it on new data.

The bug: the checkpoint is loaded the way inference code does it, `model = Forecaster().eval()`, and the
fine-tuning loop below never calls model.train().
"""
import io

import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, features=3, hidden=32, horizon=2):
        super().__init__()
        self.lstm = nn.LSTM(features, hidden, batch_first=True, proj_size=16)
        self.head = nn.Linear(16, horizon)

    def forward(self, window):
        out, _ = self.lstm(window)
        return self.head(out[:, -1])


def pretrained_checkpoint():
    buffer = io.BytesIO()
    torch.save(Forecaster().state_dict(), buffer)
    buffer.seek(0)
    return buffer


def main():
    torch.manual_seed(0)
    model = Forecaster().eval()
    model.load_state_dict(torch.load(pretrained_checkpoint(), weights_only=True))
    with torch.no_grad():
        print("forecast before fine-tuning:", model(torch.randn(1, 24, 3)).tolist())

    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-4)
    for step in range(5):
        window, target = torch.randn(8, 24, 3), torch.randn(8, 2)
        loss = nn.functional.huber_loss(model(window), target)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    print(f"fine-tuned, last loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
