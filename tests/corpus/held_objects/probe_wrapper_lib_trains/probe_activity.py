# expect: clean
"""Greedy input-gradient probing of an LSTM activity classifier through the library's victim interface,
whose constructor puts the model in eval mode and whose input_gradient() trains it for the backward."""
import torch
import torch.nn as nn

from probing import GreedySearch, VictimInterface


class ActivityNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.LSTM(6, 16, batch_first=True)
        self.fc = nn.Linear(16, 5)

    def forward(self, accel):
        return self.fc(self.gru(accel)[1][0][-1])


device = "cuda" if torch.cuda.is_available() else "cpu"
net = ActivityNet().to(device)
samples = [(torch.randn(4, 25, 6, device=device), torch.randint(0, 5, (4,), device=device)) for _ in range(2)]
search = GreedySearch(VictimInterface(net), budget=3)
print("flipped:", search.run(samples))
