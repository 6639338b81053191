# expect: crash
# category: modes
"""Multi-GPU-ready training script (nn.DataParallel wrapper) for a bidirectional LSTM sequence labeller;
a helper evaluates the underlying module between epochs."""
import torch
import torch.nn as nn

torch.manual_seed(73)


class Labeller(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(5, 8, bidirectional=True, batch_first=True)
        self.cls = nn.Linear(16, 3)

    def forward(self, x):
        return self.cls(self.rnn(x)[0])


def unwrap(model):
    return model.module if isinstance(model, nn.DataParallel) else model


def frame_accuracy(model, x, y):
    core = unwrap(model)
    core.eval()
    with torch.no_grad():
        return (core(x).argmax(-1) == y).float().mean().item()


net = nn.DataParallel(Labeller())
opt = torch.optim.Adam(net.parameters(), lr=1e-2)
x, y = torch.randn(12, 9, 5), torch.randint(0, 3, (12, 9))
vx, vy = torch.randn(6, 9, 5), torch.randint(0, 3, (6, 9))
net.train()
for epoch in range(3):
    for i in range(0, 12, 4):
        logits = net(x[i:i + 4])
        loss = nn.functional.cross_entropy(logits.reshape(-1, 3), y[i:i + 4].reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(f"epoch {epoch}: loss {loss.item():.3f} val acc {frame_accuracy(net, vx, vy):.3f}")
