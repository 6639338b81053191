# expect: crash
"""Social-LSTM-style trajectory predictor: sensitivity of the predicted position to the observed track."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(21)


class TrajLSTM(nn.Module):
    def __init__(self, h=8):
        super().__init__()
        self.embed = nn.Linear(2, h)
        self.lstm = nn.LSTM(h, h, batch_first=True)
        self.out = nn.Linear(h, 2)

    def forward(self, obs):
        h, _ = self.lstm(torch.relu(self.embed(obs)))
        return self.out(h[:, -1])


model = TrajLSTM()
opt = torch.optim.Adam(model.parameters(), 1e-3)
for _ in range(3):
    obs = torch.cumsum(torch.randn(4, 8, 2) * 0.1, 1)
    loss = nn.functional.mse_loss(model(obs), obs[:, -1] + 0.1)
    opt.zero_grad(); loss.backward(); opt.step()

track = torch.cumsum(torch.randn(1, 8, 2) * 0.1, 1)
J = jacrev(lambda o: model(o).squeeze(0))(track)  # TM002-here
print("sensitivity per step", J.abs().sum(dim=(0, 1, 3)))
print("done")
