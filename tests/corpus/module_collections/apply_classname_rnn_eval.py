# expect: crash
"""model.apply(freeze_stats) meant for normalisation layers, but its class-name test also matches
the recurrent layer (`"Norm" in name or name.startswith("LSTM")`): the LSTM goes to eval mode too."""
import torch
import torch.nn as nn


def freeze_stats(module):
    name = type(module).__name__
    if "Norm" in name or name.startswith("LSTM"):
        module.eval()


class CRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv1d(3, 6, 3, padding=1), nn.BatchNorm1d(6), nn.ReLU())
        self.rnn = nn.LSTM(6, 12, batch_first=True)
        self.fc = nn.Linear(12, 5)

    def forward(self, x):
        features = self.cnn(x.transpose(1, 2)).transpose(1, 2)
        return self.fc(self.rnn(features)[0])


torch.manual_seed(0)
model = CRNN()
model.train()
model.apply(freeze_stats)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(2):
    out = model(torch.randn(2, 9, 3))
    loss = out.pow(2).mean()
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
