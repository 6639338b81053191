# expect: clean
# Same analysis as a saliency map over time steps with torch.func.jacrev, but the helper disables cuDNN around
# the transformed call, which is the documented fix for functorch through RNNs.
import torch
import torch.nn as nn
from torch.func import jacrev, functional_call


class SensorNet(nn.Module):
    def __init__(self, channels=4, hidden=10):
        super().__init__()
        self.seq = nn.GRU(channels, hidden, batch_first=True)
        self.readout = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.readout(self.seq(x.unsqueeze(0))[0][0, -1])


def time_saliency(net, x):
    params = {k: v.detach() for k, v in net.named_parameters()}
    f = lambda inp: functional_call(net, params, (inp,))
    with torch.backends.cudnn.flags(enabled=False):
        jac = jacrev(f)(x)
    return jac.abs().sum((0, 2))


torch.manual_seed(0)
net = SensorNet()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
xs = torch.randn(3, 9, 4)
for x in xs:
    loss = net(x).pow(2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
net.eval()
print(time_saliency(net, xs[0]))
print("done")
