# expect: clean
"""MC dropout where the recurrent layer's own dropout counts too: LSTM and Dropout go back to train."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.norm = nn.LayerNorm(8)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(self.drop(self.norm(h[:, -1]))).squeeze(-1)


def mc_mode(model):
    model.eval()
    for m in model.modules():
        if isinstance(m, (nn.Dropout, nn.LSTM, nn.GRU)):
            m.train()


if __name__ == "__main__":
    torch.manual_seed(4)
    model = Net()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(6, 5, 3), torch.randn(6)
    mc_mode(model)
    samples = torch.stack([model(x) for _ in range(4)])
    std = samples.std(0)
    hard = std.argsort(descending=True)[:3]
    loss = nn.functional.mse_loss(model(x[hard]), y[hard])
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("std", std.mean().item(), "loss", loss.item())
