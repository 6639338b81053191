# expect: crash
"""A notebook-style script whose epoch count starts at 1 but a helper rebinds it under `global` before the loop runs
(configure(3)): three epochs, so the eval at the end of the first reaches the second one's forwards
(one_round_module_constant: bound once to 1)."""
import torch
import torch.nn as nn

EPOCHS = 1


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def configure(n):
    global EPOCHS
    EPOCHS = n


configure(3)
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
