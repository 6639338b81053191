# expect: crash
"""Ostlers' stable rota: predict horse fatigue from a week of shift logs."""
import torch
import torch.nn as nn


class RotaNet(nn.Module):
    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.embed = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.embed(x)))
        return self.head(h[:, -1]).squeeze(-1)


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def main():
    torch.manual_seed(0)
    model = RotaNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(6, 7, 5), torch.randn(6)
    for epoch in range(3):
        model.train()
        for _ in range(2):
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        val = validate(model, x, y)
        # extra "refresh" step on the validation stable at the end of each epoch
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"epoch {epoch} val {val:.3f}")


if __name__ == "__main__":
    main()
