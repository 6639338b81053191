# expect: clean
"""Saliency maps for a time-series LSTM classifier (Input-Cell-Attention style benchmark script): the model is
put in eval mode for its dropout and then the recurrent layer alone is put back in training mode, so its
backward is allowed while dropout stays off."""
import os

import torch
import torch.nn as nn

HERE = os.path.dirname(os.path.abspath(__file__))
WEIGHTS = os.path.join(HERE, "saliency_rnn_train_only.pth")


class LSTMNet(nn.Module):
    def __init__(self, features=4, hidden=10, classes=2):
        super().__init__()
        self.lstm = nn.LSTM(features, hidden, num_layers=1, batch_first=True)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        return self.fc(self.dropout(self.lstm(x)[0][:, -1]))


torch.manual_seed(0)
net = LSTMNet()
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(8, 12, 4), torch.randint(0, 2, (8,))
    loss = nn.functional.cross_entropy(net(x), y)
    opt.zero_grad(); loss.backward(); opt.step()
torch.save(net.state_dict(), WEIGHTS)

model = LSTMNet()
model.load_state_dict(torch.load(WEIGHTS))
os.remove(WEIGHTS)
model.eval()
model.lstm.train()  # the only part whose backward needs training mode; it has no dropout of its own

samples = torch.randn(3, 12, 4)
maps = []
for i in range(samples.size(0)):
    x = samples[i:i + 1].clone().requires_grad_(True)
    logits = model(x)
    logits[0, logits.argmax()].backward()
    maps.append(x.grad.abs().squeeze(0))
saliency = torch.stack(maps)
print("most salient time step per sample:", saliency.sum(-1).argmax(-1).tolist())
