# expect: crash
"""pipemaker: which part of a bagpipe chanter bore profile drives the pitch error.

Saliency is taken with the model switched out of training (to silence the
wrapper's own noise injection).
"""
import torch
import torch.nn as nn

torch.manual_seed(3)


class BoreEncoder(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.rnn = nn.RNN(2, hid, batch_first=True, nonlinearity="tanh")

    def forward(self, prof):
        return self.rnn(prof)[0][:, -1]


class ChanterModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = BoreEncoder()
        self.pitch = nn.Linear(8, 1)

    def forward(self, prof):
        if self.training:
            prof = prof + 0.01 * torch.randn_like(prof)
        return self.pitch(self.enc(prof))


model = ChanterModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(4):
    prof = torch.randn(6, 10, 2)
    loss = (model(prof) - prof[:, :, 0].mean(1, keepdim=True)).pow(2).mean()
    opt.zero_grad(); loss.backward(); opt.step()

model.train(False)              # switch off the noise for attribution
probe = torch.randn(2, 10, 2, requires_grad=True)
err = model(probe).sum()
err.backward()  # TM001-here
sal = probe.grad.abs().sum(-1)
print("most salient bore slice:", sal.argmax(1).tolist())
