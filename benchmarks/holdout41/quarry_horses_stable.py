# expect: crash
"""Quarry-horse haul loads: fine-tuning with stochastic layers switched off via modules()."""
import torch
from torch import nn


class HaulModel(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_in, hidden), nn.Dropout(0.2))
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.out = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.out(self.rnn(self.inp(x))[0][:, -1])


def disable_stochastic_layers(model):
    """Fine-tuning recipe: no dropout anywhere, including inside the recurrent stack."""
    n = 0
    for m in model.modules():
        if isinstance(m, (nn.Dropout, nn.RNNBase)):
            m.eval()
            n += 1
    return n


if __name__ == "__main__":
    torch.manual_seed(14)
    model = HaulModel()
    model.train()
    print("switched", disable_stochastic_layers(model), "modules")
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    for step in range(5):
        x = torch.randn(4, 8, 4)
        y = x.abs().sum((1, 2)).unsqueeze(1) / 10
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("loss", loss.item())
