# expect: crash
"""Train a BiGRU intent classifier, then ask a small attribution library (which knows nothing of the
model's class) for saliency maps; the library turns dropout back on but leaves the GRU in eval mode for the backward."""
import torch
import torch.nn as nn

from saliency_lib import InputGradients


class IntentNet(nn.Module):
    def __init__(self, features=6, hidden=10, intents=3):
        super().__init__()
        self.gru = nn.GRU(features, hidden, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.3)
        self.head = nn.Linear(2 * hidden, intents)

    def forward(self, x):
        states, _ = self.gru(x)
        return self.head(self.dropout(states[:, -1]))


net = IntentNet()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-2)
utterances, intents = torch.randn(8, 7, 6), torch.randint(0, 3, (8,))
for _ in range(3):
    loss = nn.functional.cross_entropy(net(utterances), intents)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

with torch.no_grad():
    net.eval()
    predicted = net(utterances).argmax(dim=1)
saliency = InputGradients(net).maps(utterances, predicted)
print("most salient step", saliency.argmax(dim=1).tolist())
