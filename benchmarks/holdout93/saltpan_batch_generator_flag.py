# expect: clean
"""Salt-pan evaporation forecasting; the batch generator runs a validation pass between yields."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BrineLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.reg(self.lstm(x)[0][:, -1]).squeeze(-1)


def batches_with_validation(model, train, val, every=2, log=None):
    for i, batch in enumerate(train):
        if i and i % every == 0:
            model.training = False
            with torch.no_grad():
                vx, vy = val
                log.append(F.l1_loss(model(vx), vy).item())
        yield batch


def main():
    torch.manual_seed(8)
    train = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(4)]
    val = (torch.randn(3, 6, 3), torch.randn(3))
    model = BrineLSTM()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val_log = []
    for x, y in batches_with_validation(model, train, val, log=val_log):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("val", [round(v, 3) for v in val_log])


if __name__ == "__main__":
    main()
