# expect: clean
import torch
from torch import nn

from chandler.callbacks import BurnProbe, LossPrinter, ModeKeeper
from chandler.loop import Loop


class WickBurn(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 6, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h).squeeze(-1)


torch.manual_seed(7)
data = [(torch.randn(4, 8, 2), torch.randn(4, 8)) for _ in range(3)]
model = WickBurn()
callbacks = [ModeKeeper(), LossPrinter(), BurnProbe(torch.randn(2, 8, 2))]
Loop(model, torch.optim.Adam(model.parameters(), 1e-2), callbacks).fit(data, epochs=2)
