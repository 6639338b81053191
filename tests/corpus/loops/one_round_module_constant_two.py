# expect: crash
"""A notebook-style script run for two epochs: the eval at the end of the first epoch reaches the second one's
forwards (with EPOCHS = 1 it would not: one_round_module_constant)."""
import torch
import torch.nn as nn

EPOCHS = 2


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


model = Tagger()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x, y = torch.randn(6, 5, 4), torch.randint(0, 2, (6,))
for epoch in range(EPOCHS):
    for i in range(0, 6, 3):
        loss = nn.functional.cross_entropy(model(x[i:i + 3]), y[i:i + 3])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    model.eval()
    with torch.no_grad():
        print(epoch, (model(x).argmax(-1) == y).float().mean().item())
