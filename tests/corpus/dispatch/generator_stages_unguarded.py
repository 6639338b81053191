# expect: crash
"""Near miss of generator_stages_guarded: the consumer also trains on the "probe" batches (a
consistency term), which the generator yields after switching the model to eval mode."""
import torch
import torch.nn as nn

torch.manual_seed(92)


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
        self.enc = nn.GRU(5, 9, batch_first=True)
        self.out = nn.Linear(9, 5)

    def forward(self, x):
        return self.out(self.enc(x)[0])


net = Summariser()
opt = torch.optim.SGD(net.parameters(), lr=0.05)
fit = [torch.randn(3, 6, 5) for _ in range(2)]
probe = [torch.randn(3, 6, 5)]
for epoch in range(2):
    for stage, x in stages(net, fit, probe):
        weight = 1.0 if stage == "fit" else 0.1
        loss = weight * nn.functional.mse_loss(net(x), x)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
