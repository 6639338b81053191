# expect: crash
"""Charcoal-burner kiln temperature: test-time training on each batch inside an evaluation context manager."""
import torch
import torch.nn as nn

torch.manual_seed(2)


class EvalMode:
    """Switches a module to eval on enter and back to its old mode on exit."""

    def __init__(self, module):
        self.module = module
        self.prev = None

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False


class KilnNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(2, 12, batch_first=True)
        self.recon = nn.Linear(12, 2)   # self-supervised head
        self.temp = nn.Linear(12, 1)    # main head

    def forward(self, x):
        h, _ = self.enc(x)
        return self.temp(h[:, -1]), self.recon(h)


def ttt_step(model, x, opt):
    _, rec = model(x)
    loss = nn.functional.mse_loss(rec, x)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


model = KilnNet()
opt = torch.optim.SGD(model.enc.parameters(), lr=0.01)
preds = []
for i in range(3):
    x = torch.randn(3, 7, 2)
    with EvalMode(model) as m:
        ttt_step(m, x, opt)
        with torch.no_grad():
            preds.append(m(x)[0])
print(torch.cat(preds).shape)
