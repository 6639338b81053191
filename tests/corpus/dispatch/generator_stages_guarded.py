# expect: clean
"""A generator drives the stages of each epoch and switches the model's mode before yielding each
stage's batches; the consumer only steps the optimizer on "fit" batches, which come in training mode."""
import torch
import torch.nn as nn

torch.manual_seed(91)


def stages(net, fit_batches, probe_batches):
    net.train()
    for batch in fit_batches:
        yield "fit", batch
    net.eval()
    for batch in probe_batches:
        yield "probe", batch


class Summariser(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.LSTM(5, 9, batch_first=True)
        self.out = nn.Linear(9, 5)

    def forward(self, x):
        return self.out(self.enc(x)[0])


net = Summariser()
opt = torch.optim.SGD(net.parameters(), lr=0.05)
fit = [torch.randn(3, 6, 5) for _ in range(2)]
probe = [torch.randn(3, 6, 5)]
for epoch in range(2):
    for stage, x in stages(net, fit, probe):
        if stage != "fit":
            with torch.no_grad():
                print("probe error", nn.functional.mse_loss(net(x), x).item())
            continue
        loss = nn.functional.mse_loss(net(x), x)
        opt.zero_grad()
        loss.backward()
        opt.step()
