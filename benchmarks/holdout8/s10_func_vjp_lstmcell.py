# expect: clean
# Near miss of a torch.func transform through an RNN: the recurrence is unrolled by hand with nn.LSTMCell,
# which never reaches the cuDNN RNN kernel, so vjp / jacrev are fine (model in eval).
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev, vjp


class UnrolledLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.head = nn.Linear(hidden, 2)
        self.hidden = hidden

    def forward(self, x):                     # x: (B, T, n_in)
        h = x.new_zeros(x.size(0), self.hidden)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.head(h)


if __name__ == "__main__":
    torch.manual_seed(0)
    net = UnrolledLSTM().eval()
    x = torch.randn(4, 6, 3)
    params = dict(net.named_parameters())

    out, pullback = vjp(lambda p: functional_call(net, p, (x,)), params)
    (g,) = pullback(torch.ones_like(out))
    print({k: round(v.norm().item(), 4) for k, v in list(g.items())[:2]})

    J = jacrev(lambda inp: net(inp.unsqueeze(0)).squeeze(0))(x[0])
    print("jacobian", tuple(J.shape))
