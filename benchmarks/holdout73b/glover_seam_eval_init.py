# expect: crash
"""Glover: seam-strength classifier; model built as Net().eval() for a sanity check and then trained."""
import torch
import torch.nn as nn

torch.manual_seed(11)


class SeamNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 8, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


def sanity(model):
    with torch.no_grad():
        out = model(torch.zeros(1, 4, 3))
    assert out.shape == (1, 2)


model = SeamNet().eval()
sanity(model)
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(3):
    x = torch.randn(5, 4, 3)
    y = torch.randint(0, 2, (5,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("trained")
