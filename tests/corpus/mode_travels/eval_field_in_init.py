# expect: crash
"""A pretrained-style encoder switched to eval mode in the model's own constructor, to keep its dropout
off; nothing puts it back, and training runs its LSTM forward in eval mode."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(8, 16, batch_first=True, dropout=0.2, num_layers=2)
        self.encoder.eval()
        self.head = nn.Linear(16, 4)

    def forward(self, x):
        return self.head(self.encoder(x)[0][:, -1])


torch.manual_seed(0)
model = Classifier()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(2):
    x, y = torch.randn(4, 10, 8), torch.randint(0, 4, (4,))
    loss = nn.functional.cross_entropy(model(x), y)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
