# expect: crash
"""MC-dropout uncertainty for an LSTM regressor, then fine-tuning on the most uncertain windows.

Only the Dropout layers are switched back to train for the stochastic passes.
"""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(3, 8)
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.out = nn.Sequential(nn.Dropout(0.3), nn.Linear(8, 1))

    def forward(self, x):
        h, _ = self.lstm(self.drop(torch.relu(self.inp(x))))
        return self.out(h[:, -1]).squeeze(-1)


def enable_mc_dropout(model):
    model.eval()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()


def mc_predict(model, x, passes=5):
    enable_mc_dropout(model)
    preds = torch.stack([model(x) for _ in range(passes)])
    return preds.mean(0), preds.std(0)


def main():
    torch.manual_seed(0)
    model = Forecaster()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    x, y = torch.randn(8, 6, 3), torch.randn(8)
    model.train()
    for _ in range(2):
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    mean, std = mc_predict(model, x)
    idx = std.topk(3).indices
    print("uncertain", idx.tolist())
    loss = nn.functional.mse_loss(model(x[idx]), y[idx])
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("fine-tuned", loss.item())


if __name__ == "__main__":
    main()
