# expect: clean
"""A plain batch-prediction script: eval mode, no no_grad (wasteful but harmless), and no backward at all."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 12, batch_first=True, bidirectional=True)
        self.out = nn.Linear(24, 3)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


torch.manual_seed(0)
model = Tagger()
model.eval()
predictions = []
for batch in torch.randn(3, 4, 7, 6):
    logits = model(batch)
    predictions.append(logits.argmax(-1))
print(torch.cat(predictions).shape)
