# expect: clean
"""Test-time training for a GRU forecaster: the model is put in eval mode for the
test stream, then a self-supervised masked-step loss adapts it. A Module.apply hook
puts the recurrent layers back into training mode first."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(2, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.main_head = nn.Linear(8, 1)
        self.ssl_head = nn.Linear(8, 2)

    def forward(self, x):
        h = self.drop(self.gru(self.inp(x))[0])
        return self.main_head(h[:, -1]), self.ssl_head(h)


def recurrent_to_train(m):
    if isinstance(m, (nn.GRU, nn.LSTM, nn.RNN)):
        m.training = True


torch.manual_seed(0)
model = Forecaster()
model.eval()
model.apply(recurrent_to_train)
opt = torch.optim.SGD(model.parameters(), lr=1e-2)
for t in range(3):
    x = torch.randn(4, 6, 2)
    masked = x.clone()
    masked[:, t] = 0
    _, recon = model(masked)
    ssl = nn.functional.mse_loss(recon[:, t], x[:, t])
    opt.zero_grad()
    ssl.backward()
    opt.step()
    with torch.no_grad():
        pred, _ = model(x)
    print(t, ssl.item(), pred.mean().item())
